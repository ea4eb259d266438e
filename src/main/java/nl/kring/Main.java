package nl.kring;

public final class Main {
    public static void main(String[] args) {
        System.out.println("kring");
    }
}

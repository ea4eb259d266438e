# Read by the bench scripts' summaries (awk -f scripts/bench-median.awk -f PROGRAM): the median of
# arr[key, 1..cnt], numerically; sets the globals lo and hi to the minimum and the maximum.
function med(arr, key, cnt,   i, j, t, a) {
  for (i = 1; i <= cnt; i++) a[i] = arr[key, i]
  for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
  lo = a[1]; hi = a[cnt]
  return cnt % 2 ? a[(cnt + 1) / 2] : (a[cnt / 2] + a[cnt / 2 + 1]) / 2
}

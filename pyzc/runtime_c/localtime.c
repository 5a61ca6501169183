/* localtime.c - the local time zone, for pylib/datetime.py.
 *
 * Invariants: pyz_localtime_offset(t) is the offset from UTC, in seconds, of
 * local time at the POSIX timestamp t (localtime_r's tm_gmtoff: TZ, else
 * /etc/localtime, as CPython's datetime reads them), so local time's fields
 * are UTC's fields at t + offset.  A timestamp localtime_r cannot convert
 * gives 0: datetime.py checks the range CPython accepts before calling.
 */
#include "pyz.h"
#include <time.h>

int64_t pyz_localtime_offset(int64_t t) {
    time_t tt = (time_t)t;
    struct tm tm;
    if (localtime_r(&tt, &tm) == NULL) return 0;
    return (int64_t)tm.tm_gmtoff;
}

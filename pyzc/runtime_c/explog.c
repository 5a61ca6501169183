/* explog.c - exp and log2 correctly rounded; cosh, sinh and log10 by glibc's formulas
 * over them.  The same results on every target.
 *
 * Why: compiled programs link zig's libm, whose exp differs from glibc's (which CPython
 * uses here) in the last bit on 10% of arguments (log2 on 1.1%, log10 on 21%), so
 * programs printed other digits than CPython and iterative ones diverged.  glibc 2.36's
 * exp and log2 are correctly rounded on all but ~0.05% and ~0.15% of arguments (measured
 * against mpmath at 200 bits), so a correctly rounded result is CPython's nearly always.
 * Where glibc is not correctly rounded, its formula is followed instead: log10 is fdlibm's
 * n*log10(2) + log(m)/ln(10) over log (glibc's log misrounds ~0.07%, zig's agrees with it
 * on all but ~0.008%, so libm's log stays), cosh and sinh are fdlibm's formulas over exp
 * and expm1 (glibc's expm1 is fdlibm's and misrounds 9.8%: a correctly rounded one would
 * differ from CPython more, so math.c writes out glibc's own expm1; and glibc's pow misrounds
 * 0.12%, so math.c writes out its pow too; zig's log and pow are glibc's generic code bit
 * for bit, and differ only from the FMA builds glibc picks on this CPU, which math.c's follow).
 *
 * How (Ziv's strategy, as trig.c):
 * - exp: x = k*ln2/128 + r, |r| <= ln2/256, r as a double-double (ln2/128 in 35-bit
 *   chunks, so k * chunk is exact); e**x = 2**(k>>7) * T[k&127] * e**r with T = 2**(j/128)
 *   in double-double and e**r - 1 a Taylor polynomial whose leading products are exact.
 *   Error below 2**-69 of the result; if both ends of the error interval round alike,
 *   that is the correctly rounded result, else (about 1 call in 30000) the slow path redoes
 *   it in double-double arithmetic (error below 2**-100).  Results that are subnormal are
 *   rounded once, at their own precision (round_scaled).  |x| < 2**-20 is decided exactly
 *   (exp_tiny): there 1 + x + x**2/2 can lie closer to a midpoint than 2**-106.
 * - log2: x = 2**e * m, m in [0.707, 1.414); c ~ 1/m from a table indexed by m's top 8
 *   bits (c = 1 next to m = 1, so no cancellation there), z = m*c - 1 exactly (|z| <=
 *   2**-8), log2 x = e + (-log(c) + log1p(z)) / ln2 with -log(c) in triple-double.
 * - Every operation is a plain IEEE double operation (-ffp-contract=off); fma only where
 *   the target has it in hardware, for an exact product that Dekker's split gives elsewhere.
 *   The double-double helpers repeat trig.c's (static there; a header of their own would
 *   not be part of the runtime archive's cache key, which hashes the .c files and pyz.h).
 * Tables: tools/gen_explog_tables.py (mpmath at 400 bits).
 */
#include "pyz.h"
#include "ddouble.h"
#include <math.h>
#include <stdint.h>
#include <string.h>

static const double EXP_T[128][2] = {  /* 2**(j/128): hi, lo */
    {0x1.0000000000000p+0, 0x0.0p+0}, {0x1.0163da9fb3335p+0, 0x1.b61299ab8cdb7p-54},
    {0x1.02c9a3e778061p+0, -0x1.19083535b085dp-56}, {0x1.04315e86e7f85p+0, -0x1.0a31c1977c96ep-54},
    {0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55}, {0x1.0706b29ddf6dep+0, -0x1.c91dfe2b13c27p-55},
    {0x1.0874518759bc8p+0, 0x1.186be4bb284ffp-57}, {0x1.09e3ecac6f383p+0, 0x1.1487818316136p-54},
    {0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54}, {0x1.0cc922b7247f7p+0, 0x1.01edc16e24f71p-54},
    {0x1.0e3ec32d3d1a2p+0, 0x1.03a1727c57b53p-59}, {0x1.0fb66affed31bp+0, -0x1.b9bedc44ebd7bp-57},
    {0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54}, {0x1.12abdc06c31ccp+0, -0x1.1b514b36ca5c7p-58},
    {0x1.1429aaea92de0p+0, -0x1.32fbf9af1369ep-54}, {0x1.15a98c8a58e51p+0, 0x1.2406ab9eeab0ap-55},
    {0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55}, {0x1.18af9388c8deap+0, -0x1.11023d1970f6cp-54},
    {0x1.1a35beb6fcb75p+0, 0x1.e5b4c7b4968e4p-55}, {0x1.1bbe084045cd4p+0, -0x1.95386352ef607p-54},
    {0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54}, {0x1.1ed5022fcd91dp+0, -0x1.1df98027bb78cp-54},
    {0x1.2063b88628cd6p+0, 0x1.dc775814a8495p-55}, {0x1.21f49917ddc96p+0, 0x1.2a97e9494a5eep-55},
    {0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54}, {0x1.251ce4fb2a63fp+0, 0x1.ac155bef4f4a4p-55},
    {0x1.26b4565e27cddp+0, 0x1.2bd339940e9d9p-55}, {0x1.284dfe1f56381p+0, -0x1.a4c3a8c3f0d7ep-54},
    {0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55}, {0x1.2b87fd0dad990p+0, -0x1.10adcd6381aa4p-59},
    {0x1.2d285a6e4030bp+0, 0x1.0024754db41d5p-54}, {0x1.2ecafa93e2f56p+0, 0x1.1ca0f45d52383p-56},
    {0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55}, {0x1.32170fc4cd831p+0, 0x1.a9ce78e18047cp-55},
    {0x1.33c08b26416ffp+0, 0x1.32721843659a6p-54}, {0x1.356c55f929ff1p+0, -0x1.b5cee5c4e4628p-55},
    {0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54}, {0x1.38cae6d05d866p+0, -0x1.e958d3c9904bdp-54},
    {0x1.3a7db34e59ff7p+0, -0x1.5e436d661f5e3p-56}, {0x1.3c32dc313a8e5p+0, -0x1.efff8375d29c3p-54},
    {0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55}, {0x1.3fa4504ac801cp+0, -0x1.7d023f956f9f3p-54},
    {0x1.4160a21f72e2ap+0, -0x1.ef3691c309278p-58}, {0x1.431f5d950a897p+0, -0x1.1c7dde35f7999p-55},
    {0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59}, {0x1.46a41ed1d0057p+0, 0x1.c944bd1648a76p-54},
    {0x1.486a2b5c13cd0p+0, 0x1.3c1a3b69062f0p-56}, {0x1.4a32af0d7d3dep+0, 0x1.9cb62f3d1be56p-54},
    {0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56}, {0x1.4dcb299fddd0dp+0, 0x1.8ecdbbc6a7833p-54},
    {0x1.4f9b2769d2ca7p+0, -0x1.4b309d25957e3p-54}, {0x1.516daa2cf6642p+0, -0x1.f768569bd93efp-55},
    {0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55}, {0x1.551a4ca5d920fp+0, -0x1.d689cefede59bp-55},
    {0x1.56f4736b527dap+0, 0x1.9bb2c011d93adp-54}, {0x1.58d12d497c7fdp+0, 0x1.295e15b9a1de8p-55},
    {0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54}, {0x1.5c9268a5946b7p+0, 0x1.c4b1b816986a2p-60},
    {0x1.5e76f15ad2148p+0, 0x1.ba6f93080e65ep-54}, {0x1.605e1b976dc09p+0, -0x1.3e2429b56de47p-54},
    {0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54}, {0x1.6434634ccc320p+0, -0x1.c483c759d8933p-55},
    {0x1.6623882552225p+0, -0x1.bb60987591c34p-54}, {0x1.68155d44ca973p+0, 0x1.038ae44f73e65p-57},
    {0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54}, {0x1.6c012750bdabfp+0, -0x1.2895667ff0b0dp-56},
    {0x1.6dfb23c651a2fp+0, -0x1.bbe3a683c88abp-57}, {0x1.6ff7df9519484p+0, -0x1.83c0f25860ef6p-55},
    {0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55}, {0x1.73f9a48a58174p+0, -0x1.0a8d96c65d53cp-54},
    {0x1.75feb564267c9p+0, -0x1.0245957316dd3p-54}, {0x1.780694fde5d3fp+0, 0x1.866b80a02162dp-54},
    {0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55}, {0x1.7c1ed0130c132p+0, 0x1.f124cd1164dd6p-54},
    {0x1.7e2f336cf4e62p+0, 0x1.05d02ba15797ep-56}, {0x1.80427543e1a12p+0, -0x1.27c86626d972bp-54},
    {0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54}, {0x1.8471a4623c7adp+0, -0x1.8d684a341cdfbp-55},
    {0x1.868d99b4492edp+0, -0x1.fc6f89bd4f6bap-54}, {0x1.88ac7d98a6699p+0, 0x1.994c2f37cb53ap-54},
    {0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54}, {0x1.8cf3216b5448cp+0, -0x1.0d55e32e9e3aap-56},
    {0x1.8f1ae99157736p+0, 0x1.5cc13a2e3976cp-55}, {0x1.9145b0b91ffc6p+0, -0x1.dd6792e582524p-54},
    {0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57}, {0x1.95a44cbc8520fp+0, -0x1.64b7c96a5f039p-56},
    {0x1.97d829fde4e50p+0, -0x1.d185b7c1b85d1p-54}, {0x1.9a0f170ca07bap+0, -0x1.173bd91cee632p-54},
    {0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56}, {0x1.9e86319e32323p+0, 0x1.824ca78e64c6ep-56},
    {0x1.a0c667b5de565p+0, -0x1.359495d1cd533p-54}, {0x1.a309bec4a2d33p+0, 0x1.6305c7ddc36abp-54},
    {0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54}, {0x1.a799e1330b358p+0, 0x1.bcb7ecac563c7p-54},
    {0x1.a9e6b5579fdbfp+0, 0x1.0fac90ef7fd31p-54}, {0x1.ac36bbfd3f37ap+0, -0x1.f9234cae76cd0p-55},
    {0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54}, {0x1.b0e07298db666p+0, -0x1.bdef54c80e425p-54},
    {0x1.b33a2b84f15fbp+0, -0x1.2805e3084d708p-57}, {0x1.b59728de5593ap+0, -0x1.c71dfbbba6de3p-54},
    {0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56}, {0x1.ba5b030a1064ap+0, -0x1.efcd30e54292ep-54},
    {0x1.bcc1e904bc1d2p+0, 0x1.23dd07a2d9e84p-55}, {0x1.bf2c25bd71e09p+0, -0x1.efdca3f6b9c73p-54},
    {0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55}, {0x1.c40ab5fffd07ap+0, 0x1.b4537e083c60ap-54},
    {0x1.c67f12e57d14bp+0, 0x1.2884dff483cadp-54}, {0x1.c8f6d9406e7b5p+0, 0x1.1acbc48805c44p-56},
    {0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56}, {0x1.cdf0b555dc3fap+0, -0x1.dd83b53829d72p-55},
    {0x1.d072d4a07897cp+0, -0x1.cbc3743797a9cp-54}, {0x1.d2f87080d89f2p+0, -0x1.d487b719d8578p-54},
    {0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55}, {0x1.d80e316c98398p+0, -0x1.11ec18beddfe8p-54},
    {0x1.da9e603db3285p+0, 0x1.c2300696db532p-54}, {0x1.dd321f301b460p+0, 0x1.2da5778f018c3p-54},
    {0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54}, {0x1.e264614f5a129p+0, -0x1.7b627817a1496p-54},
    {0x1.e502ee78b3ff6p+0, 0x1.39e8980a9cc8fp-55}, {0x1.e7a51fbc74c83p+0, 0x1.2d522ca0c8de2p-54},
    {0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54}, {0x1.ecf482d8e67f1p+0, -0x1.c93f3b411ad8cp-54},
    {0x1.efa1bee615a27p+0, 0x1.dc7f486a4b6b0p-54}, {0x1.f252b376bba97p+0, 0x1.3a1a5bf0d8e43p-54},
    {0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54}, {0x1.f7bfdad9cbe14p+0, -0x1.dbb12d006350ap-54},
    {0x1.fa7c1819e90d8p+0, 0x1.74853f3a5931ep-55}, {0x1.fd3c22b8f71f1p+0, 0x1.2eb74966579e7p-57},
};
static const double EXP_LN2N[3] = {0x1.62e42fefc0000p-8, -0x1.c610ca86c0000p-44, -0x1.c4c67fc0d0951p-83};  /* ln2/128 */
static const double EXP_INVLN2N = 0x1.71547652b82fep+7;  /* 128/ln2 */
static const double INV_LN2[2] = {0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56};
static const double LOG_CL[256][4] = {  /* c, -log(c) as hi, mid, lo */
    {0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
    {0x1.fd04794a10e6ap-1, 0x1.7ee11ebd82ec4p-8, 0x1.3c2d23a074505p-63, -0x1.7d35ffcb831a7p-118},
    {0x1.fb0c610d5e939p-1, 0x1.3e7295d25a7d5p-7, 0x1.600d65eebbc60p-61, -0x1.81007f39cb262p-116},
    {0x1.f9182b6813bafp-1, 0x1.bcf712c743853p-7, -0x1.7b4213447a4ccp-61, -0x1.abf5791167e66p-115},
    {0x1.f727cce5f530ap-1, 0x1.1d7f7eb9eebf1p-6, 0x1.2be019c2d240ep-61, -0x1.9897cd30274c4p-116},
    {0x1.f53b3a3fa204ep-1, 0x1.5c45a51b8d393p-6, -0x1.885b61f610d84p-63, 0x1.26f2abaabce97p-117},
    {0x1.f3526859b8cecp-1, 0x1.9ace7551cc515p-6, -0x1.cbf63e207e981p-60, 0x1.53b54559665edp-116},
    {0x1.f16d4c4401f17p-1, 0x1.d91a66c543cbep-6, 0x1.4b2c67dcd0956p-60, 0x1.09831730cbba7p-115},
    {0x1.ef8bdb389ebadp-1, 0x1.0b94f7c196173p-5, -0x1.c5bc089e0b23bp-59, 0x1.79dcf59db0edbp-113},
    {0x1.edae0a9b3d3a5p-1, 0x1.2a7ec2214e879p-5, 0x1.042b74e00f373p-60, 0x1.d0c47b9a18057p-115},
    {0x1.ebd3cff850b0cp-1, 0x1.494acc34d911dp-5, -0x1.9d6a40b6e333bp-59, -0x1.49e70279e3887p-118},
    {0x1.e9fd21044e799p-1, 0x1.67f94f094bd92p-5, 0x1.19f3f276b596dp-59, 0x1.d298b127e57aep-114},
    {0x1.e829f39aef509p-1, 0x1.868a83083f6d0p-5, -0x1.284d2b1a4a1edp-60, -0x1.46a02e784167bp-114},
    {0x1.e65a3dbe74d6bp-1, 0x1.a4fe9ffa3d233p-5, -0x1.4502014926cd6p-59, -0x1.42bde9eb45782p-114},
    {0x1.e48df596f3394p-1, 0x1.c355dd0921f2fp-5, -0x1.4d9501f1df1d3p-59, -0x1.4d1eea49f9469p-113},
    {0x1.e2c511719ee16p-1, 0x1.e19070c276010p-5, 0x1.a66e7585e8241p-59, -0x1.7e0145e6614eap-115},
    {0x1.e0ff87c01e100p-1, 0x1.ffae9119b92fbp-5, 0x1.ba13162a9c44ep-60, 0x1.009fa96683782p-114},
    {0x1.df3d4f17de4dbp-1, 0x1.0ed839b5526fep-4, 0x1.1e4add513114dp-58, 0x1.357503b30520ep-115},
    {0x1.dd7e5e316d94cp-1, 0x1.1dcb263db1944p-4, 0x1.7d7a7a2605718p-58, 0x1.509ce7cd0af25p-112},
    {0x1.dbc2abe7d71d4p-1, 0x1.2cb0283f5de22p-4, -0x1.34d66a3f7a2b6p-58, -0x1.9e1a6026bc9cfp-112},
    {0x1.da0a2f3803b41p-1, 0x1.3b87598b1b6f0p-4, 0x1.44d6a6b9dad0cp-58, 0x1.5c27f314be96dp-112},
    {0x1.d854df401d855p-1, 0x1.4a50d3aa1b03fp-4, -0x1.9308973e22a83p-61, -0x1.ec08051a8f7cfp-115},
    {0x1.d6a2b33ef7448p-1, 0x1.590cafdf01c26p-4, -0x1.42a375515892ep-58, 0x1.c67e1cb16d8d4p-112},
    {0x1.d4f3a293769cap-1, 0x1.67bb0726ec0fbp-4, 0x1.d2da7bd644829p-59, -0x1.2e3cc96978636p-113},
    {0x1.d347a4bc01d34p-1, 0x1.765bf23a6be17p-4, 0x1.cff28ef6a5931p-58, 0x1.b98f04845d00ep-113},
    {0x1.d19eb155f08a4p-1, 0x1.84ef898e82828p-4, -0x1.f491a5df236ecp-58, 0x1.1b22f1f6ff4e0p-112},
    {0x1.cff8c01cff8c0p-1, 0x1.9375e55595edfp-4, -0x1.e463f9e4dd91fp-59, -0x1.1b4f795b19261p-113},
    {0x1.ce55c8eac7900p-1, 0x1.a1ef1d8061cd8p-4, 0x1.76df97bcb1787p-60, 0x1.379fdfcbeb89ep-115},
    {0x1.ccb5c3b636e3ap-1, 0x1.b05b49bee4403p-4, -0x1.89f383dad0d65p-58, -0x1.301854079d89ep-112},
    {0x1.cb18a8930de60p-1, 0x1.beba818146764p-4, 0x1.d248382a5ecffp-62, 0x1.bffd4b2536745p-117},
    {0x1.c97e6fb15e44dp-1, 0x1.cd0cdbf8c13e0p-4, -0x1.64af228bcf63ap-60, 0x1.90145ef01e1bep-114},
    {0x1.c7e7115d0ce95p-1, 0x1.db5270187d925p-4, -0x1.9d4a8f3f05aa5p-59, -0x1.ec21a88cc0df6p-113},
    {0x1.c65285fd56843p-1, 0x1.e98b54967146bp-4, 0x1.a227143a5a99ap-58, 0x1.6eab631cde8afp-115},
    {0x1.c4c0c61456a8ep-1, 0x1.f7b79fec37de2p-4, 0x1.38176812fe880p-59, -0x1.38a8af4154e2dp-115},
    {0x1.c331ca3e91679p-1, 0x1.02ebb42bf3d4ap-3, -0x1.652e70072e4b1p-57, -0x1.1ef1966e4b510p-112},
    {0x1.c1a58b327f576p-1, 0x1.09f561ee719c4p-3, -0x1.aae2afa34f48ap-58, 0x1.ce6cfacadbcbap-113},
    {0x1.c01c01c01c01cp-1, 0x1.10f8e422539b1p-3, 0x1.cf798d39f1b7dp-58, 0x1.c0b9a4527ad05p-112},
    {0x1.be9526d0769fap-1, 0x1.17f6458fca611p-3, -0x1.f52f6c3723f80p-57, 0x1.4396ac010bea6p-112},
    {0x1.bd10f365451b6p-1, 0x1.1eed90e2dc2c3p-3, 0x1.837097648f581p-58, -0x1.434e6c130198ap-114},
    {0x1.bb8f609879493p-1, 0x1.25ded0abc6ad3p-3, 0x1.14f176448b993p-60, -0x1.0d01409bf54c2p-114},
    {0x1.ba10679bd8488p-1, 0x1.2cca0f5f5f252p-3, 0x1.dcdca01dc0febp-57, -0x1.5bc87b0db03bfp-112},
    {0x1.b89401b89401cp-1, 0x1.33af575770e4dp-3, 0x1.f28bf9ca923d6p-58, 0x1.05e724093c986p-112},
    {0x1.b71a284ee6b34p-1, 0x1.3a8eb2d31a375p-3, 0x1.bbbeaea81ece2p-57, -0x1.ea39d57662f8fp-111},
    {0x1.b5a2d4d5b081fp-1, 0x1.41682bf727bbfp-3, -0x1.1e103f093930dp-58, 0x1.ef1c50733554fp-116},
    {0x1.b42e00da17007p-1, 0x1.483bccce6e3dcp-3, 0x1.b1391fb1b4b22p-57, 0x1.a9b9f149114cfp-111},
    {0x1.b2bba5ff26a23p-1, 0x1.4f099f4a230b1p-3, 0x1.24140543648f3p-58, -0x1.1576aae908350p-114},
    {0x1.b14bbdfd760e6p-1, 0x1.55d1ad4232d70p-3, -0x1.4644b3703041cp-57, -0x1.fda549f987992p-111},
    {0x1.afde42a2cb482p-1, 0x1.5c940075972b9p-3, -0x1.1919a4664319dp-57, -0x1.999f05513de2ap-111},
    {0x1.ae732dd1c2a09p-1, 0x1.6350a28aaa759p-3, -0x1.0ea8fd38a2c66p-58, 0x1.422fd0f9d4b15p-112},
    {0x1.ad0a798177693p-1, 0x1.6a079d0f7aad0p-3, 0x1.28891a29eac08p-57, -0x1.3190b17d517eep-115},
    {0x1.aba41fbd2e5b1p-1, 0x1.70b8f97a1aa74p-3, -0x1.de12ad4822814p-57, -0x1.b14e4890773fap-111},
    {0x1.aa401aa401aa4p-1, 0x1.7764c128f2127p-3, 0x1.440d1e78f44cep-57, -0x1.9780bc1414a97p-112},
    {0x1.a8de64688ebabp-1, 0x1.7e0afd630c276p-3, -0x1.d9f13877e61b9p-57, 0x1.69a8046cf5ab1p-111},
    {0x1.a77ef750a56dap-1, 0x1.84abb75865137p-3, -0x1.16fa715e8d38bp-59, 0x1.0f7a0cfdf8bd0p-115},
    {0x1.a621cdb4f8fdfp-1, 0x1.8b46f8223625bp-3, 0x1.610816ebe4976p-57, 0x1.8fa7d35d869b9p-112},
    {0x1.a4c6e200d2637p-1, 0x1.91dcc8c340bdfp-3, -0x1.f28442017473fp-57, 0x1.4f6a7342b488fp-112},
    {0x1.a36e2eb1c432dp-1, 0x1.986d3228180c8p-3, 0x1.0593750fffe78p-58, 0x1.1efdca466a9c6p-116},
    {0x1.a217ae575ff2fp-1, 0x1.9ef83d2769a34p-3, -0x1.9fb3f9cdff9d3p-57, 0x1.17f9c22baa517p-111},
    {0x1.a0c35b92ecdf1p-1, 0x1.a57df28244dcbp-3, -0x1.966bc4ca8938dp-57, 0x1.88d59e20a885ap-113},
    {0x1.9f713117200d0p-1, 0x1.abfe5ae46124ap-3, 0x1.2b1a83b18de21p-58, 0x1.3fcbecbbc29b1p-114},
    {0x1.9e2129a7d5f0ap-1, 0x1.b2797ee46320cp-3, 0x1.1adf25feae309p-57, 0x1.bd69cf2beccd8p-114},
    {0x1.9cd34019cd340p-1, 0x1.b8ef670420c3bp-3, 0x1.9990bc47005e0p-59, -0x1.ea9a7ce86e6bcp-115},
    {0x1.9b876f5262dd1p-1, 0x1.bf601bb0e44e0p-3, -0x1.beb83c874aaf3p-57, -0x1.d55188b6dedb9p-112},
    {0x1.9a3db2474fb98p-1, 0x1.c5cba543ae424p-3, -0x1.44269756071afp-58, 0x1.77c2c5b4f3775p-115},
    {0x1.98f603fe670a0p-1, 0x1.cc320c0176501p-3, 0x1.cd329bc9d42b1p-64, -0x1.818b1e05b58acp-124},
    {0x1.97b05f8d56652p-1, 0x1.d293581b6b3e7p-3, -0x1.204a2aa97ac8ep-58, 0x1.ef87282ea601dp-113},
    {0x1.966cc01966cc0p-1, 0x1.d8ef91af31d5ep-3, 0x1.d01e4d9c3e3a7p-57, -0x1.b89784bee94cfp-112},
    {0x1.952b20d73ee97p-1, 0x1.df46c0c722d30p-3, -0x1.4f486fc6e8c8ap-64, 0x1.898fc26ea45eep-119},
    {0x1.93eb7d0aa6759p-1, 0x1.e598ed5a87e2ep-3, -0x1.daf3c7a62832cp-57, 0x1.a62491e357012p-113},
    {0x1.92add0064ab74p-1, 0x1.ebe61f4dd7b0bp-3, -0x1.9987ee52650b9p-60, 0x1.9e74b0de8740bp-115},
    {0x1.9172152b841ddp-1, 0x1.f22e5e72f105cp-3, -0x1.98a0bf20f9d99p-59, -0x1.b4d484bef3f6dp-113},
    {0x1.903847ea1cec1p-1, 0x1.f871b28955045p-3, 0x1.8d2b5b2204b4cp-57, 0x1.cb888d94fa845p-111},
    {0x1.8f0063c018f00p-1, 0x1.feb0233e607cep-3, 0x1.6e32d5e8c7080p-57, 0x1.98d30301dce6ap-111},
    {0x1.8dca64397e408p-1, 0x1.0274dc16c232fp-2, -0x1.6bb183e51ec40p-56, 0x1.2a3c8860944bbp-110},
    {0x1.8c9644f01efbcp-1, 0x1.058f3c703ebc5p-2, 0x1.e9432dc9528f1p-56, 0x1.0fa863e7e887cp-114},
    {0x1.8b64018b64019p-1, 0x1.08a73667c57aep-2, 0x1.2140c5a328e6dp-56, -0x1.49c4a2fe77bf5p-110},
    {0x1.8a3395c018a34p-1, 0x1.0bbccdb0d24bcp-2, -0x1.2333a23204a40p-56, 0x1.c0d2c98798aecp-110},
    {0x1.8904fd503744bp-1, 0x1.0ed005f657da5p-2, 0x1.0b5e955ff414ep-59, -0x1.69915e8888912p-114},
    {0x1.87d8340ab6e97p-1, 0x1.11e0e2dad9cb6p-2, 0x1.97b8198d22e05p-56, -0x1.ee985debb2701p-110},
    {0x1.86ad35cb59a84p-1, 0x1.14ef67f88685ap-2, 0x1.a6880da1b13e4p-58, 0x1.2e5a852dcdc92p-114},
    {0x1.8583fe7a7c018p-1, 0x1.17fb98e15095ep-2, 0x1.1458b5d97ba9dp-56, 0x1.c1a8873962402p-110},
    {0x1.845c8a0ce5129p-1, 0x1.1b05791f07b4ap-2, -0x1.b26dc55e2d052p-56, 0x1.295108909b6a4p-113},
    {0x1.8336d48397a24p-1, 0x1.1e0d0c33716bdp-2, 0x1.154d86a4ff98bp-59, 0x1.b97ec085ad436p-114},
    {0x1.8212d9eba4018p-1, 0x1.211255986160cp-2, -0x1.3a2eb579e2857p-59, -0x1.2bccadb619d12p-113},
    {0x1.80f0965dfabcbp-1, 0x1.241558bfd1405p-2, -0x1.99bae06a5c863p-61, -0x1.8197331d4c017p-116},
    {0x1.7fd005ff40180p-1, 0x1.27161913f853dp-2, -0x1.0e09ea9b4c4a4p-56, 0x1.4ef8460c3f174p-110},
    {0x1.7eb124ffa053bp-1, 0x1.2a1499f762bcap-2, 0x1.895c18aa47a54p-57, 0x1.ad85b5c7780d5p-111},
    {0x1.7d93ef9aa4b46p-1, 0x1.2d10dec508582p-2, 0x1.f3ee1106a6ca7p-57, -0x1.467bc7b2eddcdp-112},
    {0x1.7c7862170949fp-1, 0x1.300aead06350cp-2, -0x1.95d2280d51407p-58, -0x1.5c4390d69f97ap-112},
    {0x1.7b5e78c693733p-1, 0x1.3302c1658658ap-2, -0x1.263d5c1f755e9p-56, 0x1.4d94b0adb385cp-110},
    {0x1.7a463005e918cp-1, 0x1.35f865c93293ep-2, 0x1.8d8af2d5b0557p-59, 0x1.136dabbf2f88dp-115},
    {0x1.792f843c689c3p-1, 0x1.38ebdb38ed320p-2, 0x1.2d733ea6502f0p-56, 0x1.76ea644b72c3fp-110},
    {0x1.781a71dc01782p-1, 0x1.3bdd24eb14b69p-2, 0x1.06d1e3224d3e9p-57, -0x1.cd34ec606e76fp-112},
    {0x1.7706f5610d8d0p-1, 0x1.3ecc460ef5f50p-2, -0x1.0c4f82601ebfap-60, -0x1.9309bf0f104f5p-120},
    {0x1.75f50b522b17cp-1, 0x1.41b941cce0beep-2, -0x1.8027c87f91214p-57, -0x1.014c073329f12p-112},
    {0x1.74e4b040174e5p-1, 0x1.44a41b463c47bp-2, -0x1.430c8309edcfcp-56, 0x1.10e76892bd32bp-111},
    {0x1.73d5e0c5899f7p-1, 0x1.478cd5959b3d8p-2, -0x1.1c0f372f6825bp-57, 0x1.2b3a64e3145a6p-111},
    {0x1.72c899870f91fp-1, 0x1.4a7373cecf997p-2, -0x1.51d7e6a892849p-57, -0x1.17fa60e2028fap-111},
    {0x1.71bcd732e940ap-1, 0x1.4d57f8fefe27fp-2, 0x1.cb3fe83434321p-56, 0x1.1471a4b110ca0p-115},
    {0x1.70b29680e66fap-1, 0x1.503a682cb1cb3p-2, -0x1.bc78b7cdae677p-56, -0x1.5b06b73e22868p-110},
    {0x1.6fa9d43244380p-1, 0x1.531ac457ee77fp-2, -0x1.c4826ceaff1c8p-56, -0x1.1a5164a0097b6p-110},
    {0x1.6ea28d118b474p-1, 0x1.55f9107a43ee2p-2, -0x1.81de37d2989eep-56, 0x1.2eecd77438d41p-110},
    {0x1.6d9cbdf26eaefp-1, 0x1.58d54f86e02f3p-2, -0x1.24f586adeb499p-57, -0x1.01dbd6df08a7ep-112},
    {0x1.6c9863b1ab429p-1, 0x1.5baf846aa1b1ap-2, 0x1.ec1e3016fc9f5p-58, -0x1.4d372e0b78079p-112},
    {0x1.6b957b34e7803p-1, 0x1.5e87b20c2954ap-2, -0x1.fa7088c705f8ap-56, 0x1.3614aba8be5b9p-114},
    {0x1.6a94016a94017p-1, 0x1.615ddb4bec13cp-2, -0x1.e15bd0fed391dp-56, -0x1.ec314317601d3p-110},
    {0x1.6993f349cc726p+0, -0x1.61965cdb02c1ep-2, 0x1.deb01e24472dep-56, -0x1.14fd73d54f188p-111},
    {0x1.68954dd2390bap+0, -0x1.5ec433d5c35aep-2, 0x1.bdbac5d0228dap-61, 0x1.c8e8e10ca0e61p-116},
    {0x1.67980e0bf08c7p+0, -0x1.5bf406b543db1p-2, 0x1.55f5b44c0df7fp-56, 0x1.499c7abe3c668p-110},
    {0x1.669c31075ab40p+0, -0x1.5925d2b112a59p-2, 0x1.eb4f4ade67242p-57, 0x1.fab28500bcdf9p-111},
    {0x1.65a1b3dd13357p+0, -0x1.565995069514cp-2, -0x1.eb4aeb71dce60p-56, 0x1.14121fa610418p-110},
    {0x1.64a893adcd25fp+0, -0x1.538f4af8f72fcp-2, -0x1.05722aa3e6ceap-56, -0x1.31e67a6d13c74p-110},
    {0x1.63b0cda236e1cp+0, -0x1.50c6f1d11b97bp-2, -0x1.205f60f4fb3a9p-62, -0x1.79b322f1cb385p-116},
    {0x1.62ba5eeade65ep+0, -0x1.4e0086dd8baccp-2, 0x1.2aa1e447883d3p-56, 0x1.19e45def6ab7ap-111},
    {0x1.61c544c0161c5p+0, -0x1.4b3c077267e9ap-2, 0x1.eda0414ae7af8p-56, 0x1.90488d4a00ffcp-110},
    {0x1.60d17c61da198p+0, -0x1.487970e958771p-2, 0x1.a7b9a30da0b3ap-56, -0x1.daffd972a3578p-110},
    {0x1.5fdf0317b5c6fp+0, -0x1.45b8c0a17df12p-2, -0x1.f7e305eaf5a20p-56, 0x1.c37c1e66607d4p-110},
    {0x1.5eedd630a9fb3p+0, -0x1.42f9f3ff62641p-2, 0x1.dfc20b32aeeb8p-58, -0x1.06ee9dbb5ca13p-114},
    {0x1.5dfdf303137b6p+0, -0x1.403d086cea79bp-2, -0x1.dae890e61064bp-57, -0x1.bcf88dff6122cp-115},
    {0x1.5d0f56ec91e57p+0, -0x1.3d81fb5946dbcp-2, 0x1.5a154e9bd1c94p-56, -0x1.6affc1ab2e6fep-111},
    {0x1.5c21ff51ef005p+0, -0x1.3ac8ca38e5c5dp-2, -0x1.b843fd41b5821p-57, -0x1.5b29d25569f1dp-111},
    {0x1.5b35e99f06714p+0, -0x1.3811728564cb2p-2, 0x1.0249d0381591bp-56, 0x1.ce0f0f9d08eb1p-111},
    {0x1.5a4b1346add2bp+0, -0x1.355bf1bd82c8bp-2, 0x1.8e2593c3a036fp-59, 0x1.64acd3b95f7fdp-115},
    {0x1.596179c29d2cep+0, -0x1.32a84565120a9p-2, 0x1.d2fd8ca1453afp-56, 0x1.136525f455fa8p-111},
    {0x1.58791a9357ccep+0, -0x1.2ff66b04ea9d5p-2, 0x1.5a541e6e2e36cp-56, -0x1.8a383836d81bap-110},
    {0x1.5791f34015792p+0, -0x1.2d46602adccefp-2, 0x1.eeee6aa0cadf1p-56, 0x1.893aab13eed6cp-110},
    {0x1.56ac0156ac015p+0, -0x1.2a982269a3dbep-2, -0x1.e6aa35e8c481ep-59, 0x1.1f944c22c3056p-114},
    {0x1.55c7426b79286p+0, -0x1.27ebaf58d8c9cp-2, -0x1.23ffa5a12c9b5p-56, 0x1.cc063e7096b73p-110},
    {0x1.54e3b4194ce66p+0, -0x1.25410494e56c8p-2, 0x1.da7e21101b5adp-57, -0x1.e9dbda5a1ab46p-113},
    {0x1.5401540154015p+0, -0x1.22981fbef797ap-2, -0x1.b53ed4fe4c507p-57, -0x1.c4761b828ccaep-111},
    {0x1.53201fcb02fb1p+0, -0x1.1ff0fe7cf47a9p-2, 0x1.a15d801e7d762p-57, -0x1.50abaee521ad6p-114},
    {0x1.5240152401524p+0, -0x1.1d4b9e796c245p-2, -0x1.233e2172b6715p-56, -0x1.77e8451143f4fp-113},
    {0x1.516131c015161p+0, -0x1.1aa7fd638d33ep-2, -0x1.529616f79ff4ep-57, 0x1.290e0a96446a6p-115},
    {0x1.508373590ec9cp+0, -0x1.180618ef18adep-2, 0x1.7e4369c72b404p-59, -0x1.e080acfa2dea5p-114},
    {0x1.4fa6d7aeb597cp+0, -0x1.1565eed455fc2p-2, -0x1.829024aa2ed78p-56, 0x1.6ae168a0e1e44p-111},
    {0x1.4ecb5c86b3d24p+0, -0x1.12c77cd00713cp-2, -0x1.1522847de5d12p-56, -0x1.e2d89001adc99p-110},
    {0x1.4df0ffac83c01p+0, -0x1.102ac0a35cc1bp-2, -0x1.94404052f3458p-58, -0x1.a5265881f66fap-114},
    {0x1.4d17bef15cb4ep+0, -0x1.0d8fb813eb1efp-2, -0x1.5a21d4fe8d42ap-56, -0x1.f8ec8040961b6p-110},
    {0x1.4c3f982c20723p+0, -0x1.0af660eb9e278p-2, 0x1.440ad727f641bp-57, 0x1.47df3302890a0p-112},
    {0x1.4b68893948d1cp+0, -0x1.085eb8f8ae799p-2, 0x1.3d8174030ad14p-57, 0x1.853d82a446f4dp-111},
    {0x1.4a928ffad5b5cp+0, -0x1.05c8be0d9635ap-2, -0x1.a38ef996b0c96p-58, -0x1.79eab78f74c66p-114},
    {0x1.49bdaa583b401p+0, -0x1.03346e0106062p-2, 0x1.9475699c6a38ep-56, -0x1.61e2fc7503f65p-110},
    {0x1.48e9d63e504d1p+0, -0x1.00a1c6adda472p-2, -0x1.05a22e785ea23p-58, -0x1.b5f7fb3fc2ad5p-112},
    {0x1.4817119f3d325p+0, -0x1.fc218be620a5fp-3, 0x1.be438c2581880p-58, -0x1.f14ea779743f0p-112},
    {0x1.47455a726abf2p+0, -0x1.f702d36777df0p-3, -0x1.8ae998c1dd664p-58, 0x1.9078624228b1ap-112},
    {0x1.4674aeb4717e9p+0, -0x1.f1e75fadf9bdep-3, -0x1.59b44f8126332p-58, -0x1.3e8f02e241b2cp-113},
    {0x1.45a50c670938fp+0, -0x1.eccf2c8fe920bp-3, -0x1.217062a6fe69fp-58, 0x1.8323db5f741a7p-113},
    {0x1.44d67190f8b43p+0, -0x1.e7ba35eb77e2ap-3, -0x1.ec7721b26dd59p-57, 0x1.1817c00b777ccp-112},
    {0x1.4408dc3e05b22p+0, -0x1.e2a877a6b2c0fp-3, 0x1.6d10f1efcca1bp-57, -0x1.9d0f32a485fa1p-111},
    {0x1.433c4a7ee52b4p+0, -0x1.dd99edaf6d7e9p-3, -0x1.4cb1c548a6ce6p-59, 0x1.53714f947d129p-114},
    {0x1.4270ba692bc4dp+0, -0x1.d88e93fb2f451p-3, -0x1.f7fb96815e081p-57, 0x1.b42ad00dc4bc8p-111},
    {0x1.41a62a173e821p+0, -0x1.d38666871f467p-3, 0x1.4b38932bc0bedp-60, 0x1.bb90adf0b744bp-114},
    {0x1.40dc97a843ae8p+0, -0x1.ce816157f1985p-3, 0x1.6ba2099514bdbp-57, -0x1.1d9b79f4b00f0p-111},
    {0x1.4014014014014p+0, -0x1.c97f8079d44ecp-3, -0x1.41a8c6e6c4ee7p-57, -0x1.43d1ccdbb5596p-111},
    {0x1.3f4c65072bf74p+0, -0x1.c480c0005cccfp-3, -0x1.49abc89ceca67p-57, -0x1.af7321f7ac879p-116},
    {0x1.3e85c12a9d651p+0, -0x1.bf851c067555cp-3, 0x1.c9302152b2212p-58, 0x1.7534d51e93986p-112},
    {0x1.3dc013dc013dcp+0, -0x1.ba8c90ae4ad19p-3, -0x1.afe88865b42bdp-57, -0x1.cd55032c8cf17p-112},
    {0x1.3cfb5b51698ebp+0, -0x1.b5971a213acd9p-3, 0x1.35f155b885f1fp-58, 0x1.b8b4e17342b66p-113},
    {0x1.3c3795c553afbp+0, -0x1.b0a4b48fc1b44p-3, 0x1.6ab87331d9cbfp-58, -0x1.26db1afe9be78p-113},
    {0x1.3b74c1769aa5cp+0, -0x1.abb55c31693aep-3, -0x1.a9a875993ea8ap-59, -0x1.961e9b2943affp-113},
    {0x1.3ab2dca869b81p+0, -0x1.a6c90d44b704cp-3, 0x1.67e06f618b545p-57, 0x1.ee88f2ffab8acp-111},
    {0x1.39f1e5a22f36ep+0, -0x1.a1dfc40f1b7f1p-3, 0x1.ce009e6f018ffp-57, -0x1.bad64a00de609p-111},
    {0x1.3931daaf8f721p+0, -0x1.9cf97cdce0ec1p-3, 0x1.e779df58e47ddp-59, -0x1.c6e6f5c975de4p-113},
    {0x1.3872ba2057e04p+0, -0x1.981634011aa74p-3, 0x1.64c2df743bd5ap-57, 0x1.dcec417de42b7p-113},
    {0x1.37b4824872744p+0, -0x1.9335e5d594985p-3, -0x1.d8757a8fb3347p-57, 0x1.53a8ca7cd00d4p-111},
    {0x1.36f7317fd9212p+0, -0x1.8e588ebac2dc1p-3, -0x1.d2acb445001d8p-58, 0x1.4c686d4116462p-115},
    {0x1.363ac622898b1p+0, -0x1.897e2b17b19a6p-3, 0x1.4f380cbe9dbe8p-57, -0x1.bd4af8af36a9dp-111},
    {0x1.357f3e9078e5bp+0, -0x1.84a6b759f512dp-3, 0x1.6156fc3047cf8p-59, 0x1.c8005c0616955p-113},
    {0x1.34c4992d87fd9p+0, -0x1.7fd22ff599d4cp-3, 0x1.5bf457b7d1812p-58, -0x1.2e2c7514bc2b4p-114},
    {0x1.340ad461776d3p+0, -0x1.7b0091651528bp-3, -0x1.10d3e606a318fp-58, -0x1.777267492e485p-112},
    {0x1.3351ee97dbfc6p+0, -0x1.7631d82935a84p-3, 0x1.8dc7c5f3e101cp-57, 0x1.9f2aa88cdbd0cp-112},
    {0x1.3299e6401329ap+0, -0x1.716600c914055p-3, -0x1.855f3b0e0e1cdp-59, 0x1.80c22a3badc77p-113},
    {0x1.31e2b9cd37dc2p+0, -0x1.6c9d07d203fc4p-3, 0x1.fafd9b2dc9d46p-62, 0x1.c61124f0e4458p-116},
    {0x1.312c67b6173eep+0, -0x1.67d6e9d785770p-3, 0x1.0185383697ee2p-59, 0x1.29e82b21d0664p-113},
    {0x1.3076ee7525c2cp+0, -0x1.6313a37335d76p-3, -0x1.cab0de1592fb0p-58, -0x1.dfddfa1dfa2c8p-112},
    {0x1.2fc24c8874486p+0, -0x1.5e533144c1718p-3, -0x1.b8189ade2b075p-57, 0x1.46afd7d0c1e41p-111},
    {0x1.2f0e8071a5703p+0, -0x1.59958ff1d52f4p-3, 0x1.e65da72814af4p-58, -0x1.7f2f64dd423c2p-112},
    {0x1.2e5b88b5e3104p+0, -0x1.54dabc26105d3p-3, 0x1.42346e5e4fa23p-58, -0x1.1af71d43a90c4p-112},
    {0x1.2da963ddd3cfbp+0, -0x1.5022b292f6a45p-3, -0x1.0ff9b512dbc1dp-59, -0x1.35a191b593025p-114},
    {0x1.2cf8107590e67p+0, -0x1.4b6d6fefe22a5p-3, -0x1.fcf56e7951abbp-58, -0x1.f475406b2a313p-112},
    {0x1.2c478d0c9c013p+0, -0x1.46baf0f9f5db8p-3, -0x1.717c37bdf2e08p-57, -0x1.2ed433edcc5ffp-111},
    {0x1.2b97d835d548ep+0, -0x1.420b32740fdd6p-3, -0x1.8e9bd2fbbdd69p-57, 0x1.c1aa7a6a049a1p-114},
    {0x1.2ae8f087718d0p+0, -0x1.3d5e3126bc281p-3, 0x1.e83d7b49da757p-57, -0x1.cfc83d6a1310cp-112},
    {0x1.2a3ad49af0907p+0, -0x1.38b3e9e027477p-3, 0x1.98a8b82ff1eb3p-57, -0x1.408d8c505c365p-112},
    {0x1.298d830d13780p+0, -0x1.340c59741142dp-3, -0x1.18413163ccbcfp-59, 0x1.0d78e35499a19p-113},
    {0x1.28e0fa7dd35a3p+0, -0x1.2f677cbbc0a98p-3, -0x1.42160f40d56bbp-60, 0x1.7a76869060477p-114},
    {0x1.2835399057efdp+0, -0x1.2ac55095f5c5bp-3, 0x1.2b68636453e34p-57, -0x1.b4ac1323e91f5p-111},
    {0x1.278a3eeaee650p+0, -0x1.2625d1e6ddf55p-3, -0x1.4e87b0e13f0a5p-59, 0x1.64ce492a3a409p-113},
    {0x1.26e009370049cp+0, -0x1.2188fd9807266p-3, -0x1.a3015e71fdb2bp-57, -0x1.ea611b4de6a20p-113},
    {0x1.263697210aa18p+0, -0x1.1ceed09853755p-3, -0x1.e3736a838a6b8p-63, 0x1.98e91dd6865f0p-118},
    {0x1.258de75895121p+0, -0x1.185747dbecf34p-3, 0x1.1ee90992dcbabp-58, -0x1.b26aa5644e1c7p-112},
    {0x1.24e5f89029305p+0, -0x1.13c2605c398bfp-3, -0x1.da26b09af7476p-57, -0x1.c2c60ac92cc6bp-115},
    {0x1.243ec97d49eaep+0, -0x1.0f301717cf0fbp-3, 0x1.f8835d0d8979fp-57, 0x1.5ad07b593cef5p-113},
    {0x1.239858d86b11fp+0, -0x1.0aa06912675d5p-3, -0x1.68a3f37b5ce5ap-58, -0x1.313fa5e463af1p-112},
    {0x1.22f2a55ce8fc5p+0, -0x1.06135354d4b19p-3, 0x1.575f2fc45ac69p-58, 0x1.addfdddf96593p-112},
    {0x1.224dadc900489p+0, -0x1.0188d2ecf613ep-3, -0x1.451cff9dfe3fbp-59, 0x1.6267a6e625ff3p-117},
    {0x1.21a970ddc5ba7p+0, -0x1.fa01c9db57ce7p-4, -0x1.1c0b6eb19fd48p-60, 0x1.1b721881e96c8p-116},
    {0x1.2105ed5f1e336p+0, -0x1.f0f70cdd992e4p-4, -0x1.9db09cb07729cp-58, -0x1.1273de4e4920fp-114},
    {0x1.20632213b6c6dp+0, -0x1.e7f1691a32d3ap-4, -0x1.7990e21019877p-58, -0x1.9d3ed2c490f67p-112},
    {0x1.1fc10dc4fce8bp+0, -0x1.def0d8d466dbbp-4, -0x1.0efb45962e028p-58, 0x1.757142c142052p-112},
    {0x1.1f1faf3f16b64p+0, -0x1.d5f55659210e1p-4, 0x1.b19f3d5cb5706p-59, 0x1.2d8483e455e8cp-118},
    {0x1.1e7f0550db594p+0, -0x1.ccfedbfee13a8p-4, -0x1.32fe71255a574p-60, 0x1.e586423eb6642p-117},
    {0x1.1ddf0ecbcb841p+0, -0x1.c40d6425a5cb4p-4, -0x1.987464c3722b2p-58, 0x1.1ae7ba401f0aep-113},
    {0x1.1d3fca840a074p+0, -0x1.bb20e936d6976p-4, -0x1.f2ae991c88432p-62, -0x1.994814519a16cp-116},
    {0x1.1ca13750547fep+0, -0x1.b23965a52ff04p-4, 0x1.e9dd426e0f27bp-58, 0x1.b18de43cad2d1p-112},
    {0x1.1c035409fc1dfp+0, -0x1.a956d3ecade60p-4, 0x1.cacff4ed42aa4p-58, 0x1.bd51860b6c962p-113},
    {0x1.1b661f8cde833p+0, -0x1.a0792e9277cadp-4, -0x1.fc9b2957205c6p-58, 0x1.010e49a198d13p-112},
    {0x1.1ac998b75eb90p+0, -0x1.97a07024cbe6ep-4, 0x1.82e641279cfb5p-61, -0x1.2a6730b2e200ep-115},
    {0x1.1a2dbe6a5e3e4p+0, -0x1.8ecc933aeb6e2p-4, 0x1.9be67f7aa7546p-61, 0x1.13314953412f3p-116},
    {0x1.19928f89362b7p+0, -0x1.85fd927506a46p-4, 0x1.0665c3071db3dp-62, 0x1.cd7a051f4dfb8p-118},
    {0x1.18f80af9b06dcp+0, -0x1.7d33687c293c8p-4, 0x1.0f063e63e7076p-58, -0x1.abf48af451e8ep-112},
    {0x1.185e2fa401186p+0, -0x1.746e100226edbp-4, 0x1.4b70f10e93174p-59, 0x1.afb66438ca08fp-115},
    {0x1.17c4fc72bfcb9p+0, -0x1.6bad83c1883bap-4, -0x1.ae60449356c12p-58, 0x1.2c5656e62d437p-112},
    {0x1.172c7052e1316p+0, -0x1.62f1be7d7774ap-4, 0x1.5fb58f1376e6ep-63, -0x1.41f31e1316e26p-117},
    {0x1.16948a33b08fap+0, -0x1.5a3abb01ade21p-4, -0x1.e4f357d0bf567p-59, -0x1.aa6c06a591d32p-115},
    {0x1.15fd4906c96f1p+0, -0x1.5188742261311p-4, -0x1.996258b3d8a77p-60, -0x1.8ea22b9f1028cp-116},
    {0x1.1566abc011567p+0, -0x1.48dae4bc3101dp-4, -0x1.b90461005f525p-59, -0x1.2fd2e7065f38dp-114},
    {0x1.14d0b155b19aep+0, -0x1.403207b414b79p-4, -0x1.a95502af7fe71p-58, -0x1.e50367faf3a30p-112},
    {0x1.143b58c01143bp+0, -0x1.378dd7f74970fp-4, 0x1.2d70e0535f54fp-60, -0x1.1ba63eb4b95a9p-114},
    {0x1.13a6a0f9cf01ep+0, -0x1.2eee507b402ffp-4, 0x1.a1228837a052dp-59, 0x1.022a93e568d5ep-113},
    {0x1.131288ffbb3b6p+0, -0x1.26536c3d8c36cp-4, 0x1.c9fb41d22e910p-58, 0x1.9a81451123d6dp-112},
    {0x1.127f0fd0d2295p+0, -0x1.1dbd2643d1913p-4, 0x1.fc9a20edb0203p-58, -0x1.80d73bfe1b718p-113},
    {0x1.11ec346e36092p+0, -0x1.152b799bb3cd0p-4, 0x1.e90703082910cp-59, -0x1.9b910d109d4d2p-113},
    {0x1.1159f5db29606p+0, -0x1.0c9e615ac4e19p-4, 0x1.0fed164d13b5bp-58, -0x1.4e39d27af568ap-112},
    {0x1.10c8531d0952ep+0, -0x1.0415d89e7444bp-4, -0x1.40b9e3aea6c39p-59, -0x1.781c184cef164p-117},
    {0x1.10374b3b480aap+0, -0x1.f723b517fc51fp-5, 0x1.c6eab08695901p-59, 0x1.c30c3c6596559p-113},
    {0x1.0fa6dd3f67322p+0, -0x1.e624c4a0b5e15p-5, 0x1.a3a33b3446795p-59, 0x1.2ef468b98048ep-113},
    {0x1.0f170834f27fap+0, -0x1.d52ed6405d87ap-5, 0x1.4a8a6ef59ba39p-62, 0x1.0eeacd7c84958p-116},
    {0x1.0e87cb297a51ep+0, -0x1.c441e06f72a93p-5, 0x1.45b3d79755aa4p-59, -0x1.97e6365d05d2fp-113},
    {0x1.0df9252c8e5e6p+0, -0x1.b35dd9b58baa8p-5, 0x1.94985538de795p-63, 0x1.f3407ecbcb7d0p-117},
    {0x1.0d6b154fb86f9p+0, -0x1.a282b8a936174p-5, 0x1.8c077e47149d6p-60, -0x1.b2ceb37069cd2p-114},
    {0x1.0cdd9aa677344p+0, -0x1.91b073efd7314p-5, 0x1.4fddb2a56c208p-64, -0x1.6e22d134ddbb9p-121},
    {0x1.0c50b446391f3p+0, -0x1.80e7023d8ccc8p-5, 0x1.ab7945fa2720bp-59, -0x1.6a393ca71082fp-113},
    {0x1.0bc4614657569p+0, -0x1.70265a550e77bp-5, -0x1.e3b80a8c6332fp-59, 0x1.3234378122631p-113},
    {0x1.0b38a0c010b39p+0, -0x1.5f6e73078efc3p-5, -0x1.affdb6d68f1fbp-62, 0x1.437dc4272a9e6p-116},
    {0x1.0aad71ce84d16p+0, -0x1.4ebf43349e26ap-5, -0x1.fc23106232514p-59, -0x1.ae27cef849ae4p-113},
    {0x1.0a22d38eaf2bfp+0, -0x1.3e18c1ca0ae99p-5, -0x1.27edc6f1c907ep-61, -0x1.fb882f1094928p-115},
    {0x1.0998c51f624d5p+0, -0x1.2d7ae5c3c5bb7p-5, -0x1.15d312cc97c03p-59, 0x1.c2f1778866351p-117},
    {0x1.090f45a1430aap+0, -0x1.1ce5a62bc3540p-5, 0x1.839390333b61ep-59, 0x1.ea5c526ce9694p-114},
    {0x1.08865436c3cf7p+0, -0x1.0c58fa19dfaabp-5, 0x1.62b162f225e0bp-60, 0x1.e22b3b7e045e8p-120},
    {0x1.07fdf0041ff7cp+0, -0x1.f7a9b16782855p-6, -0x1.c938df3eb88aap-60, 0x1.03c49ed8cd3a5p-116},
    {0x1.0776182f57386p+0, -0x1.d6b272597981fp-6, -0x1.95e5c8f8f355ep-61, -0x1.2223053ed98d0p-115},
    {0x1.06eecbe029155p+0, -0x1.b5cc258b718e7p-6, 0x1.791d41005f9a7p-60, -0x1.25d2fcd276ec9p-114},
    {0x1.06680a4010668p+0, -0x1.94f6b99a24473p-6, 0x1.0693080ae9e8ap-64, 0x1.efbc515ff71a4p-118},
    {0x1.05e1d27a3ee9cp+0, -0x1.74321d3d006d2p-6, -0x1.690fe9477840cp-60, 0x1.cd587f1bf734cp-114},
    {0x1.055c23bb98e2ap+0, -0x1.537e3f45f354ep-6, 0x1.b169406d66a7bp-60, -0x1.c4a2b4a1605dep-115},
    {0x1.04d6fd32b0c7bp+0, -0x1.32db0ea132e10p-6, 0x1.e767bb50221ffp-60, 0x1.c319f8aa8b3acp-116},
    {0x1.04525e0fc2fcbp+0, -0x1.12487a5507f68p-6, 0x1.804ad31b5f952p-62, 0x1.907bfe978f785p-117},
    {0x1.03ce4584b19a0p+0, -0x1.e38ce30333100p-7, 0x1.147b45033e1b4p-61, 0x1.5e6bf9cf38c4ap-116},
    {0x1.034ab2c50040dp+0, -0x1.a2a9c6c17044dp-7, 0x1.35b4d1c8470b4p-66, 0x1.125189b76b3dfp-120},
    {0x1.02c7a505cffbfp+0, -0x1.61e77e8b53f9fp-7, -0x1.a2a0e2a1967efp-61, -0x1.342be657c8b36p-116},
    {0x1.02451b7ddb2d2p+0, -0x1.2145e939ef1bcp-7, -0x1.47189d3ff66bfp-61, 0x1.15c6cfafdc93ep-118},
    {0x1.01c315657186bp+0, -0x1.c189cbb0e283fp-8, -0x1.bb69dea7ecc2cp-62, -0x1.97cac4bac71a0p-120},
    {0x1.014191f674111p+0, -0x1.40c8a7478788dp-8, 0x1.e20f8fffe770ap-62, -0x1.5f64552ac14ebp-116},
    {0x1.00c0906c513cfp+0, -0x1.809048289860ap-9, 0x1.6958f3f3b017bp-65, 0x1.536a3afc0b6dfp-119},
    {0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
};
static const double INV_FACT[16][2] = {  /* 1/n! */
    {0x1.0000000000000p+0, 0x0.0p+0},
    {0x1.0000000000000p+0, 0x0.0p+0},
    {0x1.0000000000000p-1, 0x0.0p+0},
    {0x1.5555555555555p-3, 0x1.5555555555555p-57},
    {0x1.5555555555555p-5, 0x1.5555555555555p-59},
    {0x1.1111111111111p-7, 0x1.1111111111111p-63},
    {0x1.6c16c16c16c17p-10, -0x1.f49f49f49f49fp-65},
    {0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-73},
    {0x1.a01a01a01a01ap-16, 0x1.a01a01a01a01ap-76},
    {0x1.71de3a556c734p-19, -0x1.c154f8ddc6c00p-73},
    {0x1.27e4fb7789f5cp-22, 0x1.cbbc05b4fa99ap-76},
    {0x1.ae64567f544e4p-26, -0x1.c062e06d1f209p-80},
    {0x1.1eed8eff8d898p-29, -0x1.2aec959e14c06p-83},
    {0x1.6124613a86d09p-33, 0x1.f28e0cc748ebep-87},
    {0x1.93974a8c07c9dp-37, 0x1.05d6f8a2efd1fp-92},
    {0x1.ae7f3e733b81fp-41, 0x1.1d8656b0ee8cbp-97},
};
static const double LOG1P_C[20][2] = {  /* (-1)**(n+1)/n, n >= 1 */
    {0x0.0p+0, 0x0.0p+0},
    {0x1.0000000000000p+0, 0x0.0p+0},
    {-0x1.0000000000000p-1, 0x0.0p+0},
    {0x1.5555555555555p-2, 0x1.5555555555555p-56},
    {-0x1.0000000000000p-2, 0x0.0p+0},
    {0x1.999999999999ap-3, -0x1.999999999999ap-57},
    {-0x1.5555555555555p-3, -0x1.5555555555555p-57},
    {0x1.2492492492492p-3, 0x1.2492492492492p-57},
    {-0x1.0000000000000p-3, 0x0.0p+0},
    {0x1.c71c71c71c71cp-4, 0x1.c71c71c71c71cp-58},
    {-0x1.999999999999ap-4, 0x1.999999999999ap-58},
    {0x1.745d1745d1746p-4, -0x1.745d1745d1746p-59},
    {-0x1.5555555555555p-4, -0x1.5555555555555p-58},
    {0x1.3b13b13b13b14p-4, -0x1.3b13b13b13b14p-58},
    {-0x1.2492492492492p-4, -0x1.2492492492492p-58},
    {0x1.1111111111111p-4, 0x1.1111111111111p-60},
    {-0x1.0000000000000p-4, 0x0.0p+0},
    {0x1.e1e1e1e1e1e1ep-5, 0x1.e1e1e1e1e1e1ep-61},
    {-0x1.c71c71c71c71cp-5, -0x1.c71c71c71c71cp-59},
    {0x1.af286bca1af28p-5, 0x1.af286bca1af28p-59},
};

static inline double as_double(uint64_t u) {
    double d;
    memcpy(&d, &u, 8);
    return d;
}

static inline uint64_t as_bits(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

/* v rounded to the nearest integer, |v| < 2**51 */
static inline double round_int(double v) {
    const double magic = 0x1.8p52;
    return (v + magic) - magic;
}

static inline double pow2i(int m) {  /* 2**m, -1022 <= m <= 1023 */
    return as_double((uint64_t)(m + 1023) << 52);
}

/* a * 2**m for -1222 <= m <= 2046: exact when the result is representable, else inf */
static double scale2(double a, int m) {
    if (m < -1022) return (a * pow2i(m + 200)) * 0x1p-200;
    if (m > 1023) return (a * pow2i(m - 1023)) * 0x1p1023;
    return a * pow2i(m);
}

/* The double nearest (hi + lo) * 2**m (0.5 <= |hi| < 4, |lo| < 2**-20 |hi|), if every
 * value within err of hi + lo rounds to it; else *ok = false and the nearest guess.
 * Rounds once, at the result's own precision, also where the result is subnormal. */
static double round_scaled(double hi, double lo, double err, int m, bool *ok) {
    int e = (int)((as_bits(hi) >> 52) & 0x7ff) - 1023 + m;  /* exponent of the result, or one less */
    if (PYZ_LIKELY(e >= -1022)) {
        double a = hi + (lo + err), b = hi + (lo - err);
        if (a != b) *ok = false;
        return scale2(hi + lo, m);
    }
    DD n = fast_two_sum(hi, lo);                          /* below: |lo| <= ulp(hi) / 2 */
    hi = n.hi;
    lo = n.lo;
    if (e < -1080) return copysign(0.0, hi);              /* below 2**-1076: rounds to 0 */
    double q = pow2i(-1074 - m);                          /* 2**-1074 at hi's scale */
    double c = copysign(0x1p52 * q, hi);                  /* |hi| < 2**52 q: hi + c keeps c's ulp */
    double zh = (hi + c) - c;                             /* hi to a multiple of q */
    double rem = (hi - zh) + lo, half = 0.5 * q;
    if (rem - err > half) zh += q;
    else if (rem + err < -half) zh -= q;
    else if (!(rem + err < half && rem - err > -half)) *ok = false;
    return scale2(zh, m);
}

/* ---- exp */
/* e**(xh + xl) = 2**m * (hi + lo), fast: |error| <= *err; |xh| < 746, |xl| <= ulp(xh) */
static DD exp_fast(double xh, double xl, int *m, double *err) {
    double kd = round_int(xh * EXP_INVLN2N);
    int k = (int)kd, j = k & 127;
    *m = (k - j) / 128;
    /* r = x - k*ln2/128: the first difference is exact (Sterbenz), k*chunk too */
    DD r = two_sum(xh - kd * EXP_LN2N[0], -kd * EXP_LN2N[1]);
    double rh = r.hi, rl = r.lo + (xl - kd * EXP_LN2N[2]);
    /* e**r - 1 = rh + rh**2/2 + plo, the square exact; |rh| <= 2**-8.5, to r**6 */
    double s2 = rh * rh, s2e = prod_err(rh, rh, s2);
    double h2 = 0.5 * s2;
    double q3 = rh * s2 * (0x1.5555555555555p-3 + rh * (0x1.5555555555555p-5 + rh * (0x1.1111111111111p-7 + rh * 0x1.6c16c16c16c17p-10)));
    double plo = rl + rh * rl + 0.5 * s2e + q3;
    /* T * (1 + p) */
    double th = EXP_T[j][0], tl = EXP_T[j][1];
    double m1 = th * rh, e1 = prod_err(th, rh, m1);
    double m2 = th * h2, e2 = prod_err(th, h2, m2);
    DD s = fast_two_sum(th, m1);
    DD t = fast_two_sum(s.hi, m2);
    double lo = (s.lo + t.lo) + (e1 + e2) + (tl + (th * plo + tl * (rh + h2)));
    *err = fabs(t.hi) * 0x1p-69;
    return (DD){t.hi, lo};
}

/* the same to 2**-100, in double-double arithmetic */
static DD exp_slow(double xh, double xl, int *m) {
    double kd = round_int(xh * EXP_INVLN2N);
    int k = (int)kd, j = k & 127;
    *m = (k - j) / 128;
    DD r = two_sum(xh - kd * EXP_LN2N[0], -kd * EXP_LN2N[1]);
    double c2 = kd * EXP_LN2N[2];
    r = dd_add(r, (DD){xl, 0.0});
    r = dd_add(r, (DD){-c2, -prod_err(kd, EXP_LN2N[2], c2)});
    DD p = {INV_FACT[11][0], INV_FACT[11][1]};
    for (int n = 10; n >= 1; n--) p = dd_add(dd_mul(p, r), (DD){INV_FACT[n][0], INV_FACT[n][1]});
    p = dd_mul(p, r);                                     /* e**r - 1, to r**11 */
    DD t = {EXP_T[j][0], EXP_T[j][1]};
    return dd_add(t, dd_mul(t, p));
}

/* e**x for |x| < 2**-20, where 1 + x + x**2/2 can lie closer to a midpoint than any
 * double-double resolves (x = 2**-53: 1 + 2**-53 + 2**-107): 1 + x = sh + sl exactly,
 * then the rest R = sl + x**2/2 + ... (|R| <= 2**-40) as r1 + rlow, with error below
 * 2**-110; the sum's tail past its rounding is compared with half an ulp, exactly. */
static double exp_tiny(double x) {
    DD s = two_sum(1.0, x);
    double p = x * x, pe = prod_err(x, x, p);
    DD r = two_sum(s.lo, 0.5 * p);
    double rlow = r.lo + (0.5 * pe + x * p * (0x1.5555555555555p-3 + x * (0x1.5555555555555p-5 + x * 0x1.1111111111111p-7)));
    r = fast_two_sum(r.hi, rlow);                         /* R = r.hi + r.lo, |r.lo| <= ulp(r.hi)/2 */
    DD v = fast_two_sum(s.hi, r.hi);                      /* e**x = v.hi + w, w exactly as w.hi + w.lo */
    DD w = two_sum(v.lo, r.lo);
    double up = nextafter(v.hi, 2.0), down = nextafter(v.hi, 0.0);
    double hu = 0.5 * (up - v.hi), hd = 0.5 * (v.hi - down);  /* exact: powers of two */
    if (w.hi > hu || (w.hi == hu && w.lo > 0.0)) return up;
    if (w.hi < -hd || (w.hi == -hd && w.lo < 0.0)) return down;
    return v.hi;
}

/* e**x correctly rounded (C99's exp: inf for a result past DBL_MAX, 0 below the subnormals) */
double pyz_explog_exp(double x) {
    if (PYZ_UNLIKELY(!(fabs(x) < 709.0))) {
        if (isnan(x)) return x + x;
        if (x > 709.8) return INFINITY;                   /* ln(DBL_MAX) = 709.78... */
        if (x < -745.2) return 0.0;                       /* e**x < 2**-1075: also -inf */
    }
    if (PYZ_UNLIKELY(fabs(x) < 0x1p-20)) return exp_tiny(x);
    int m;
    double err;
    bool ok = true;
    DD v = exp_fast(x, 0.0, &m, &err);
    double r = round_scaled(v.hi, v.lo, err, m, &ok);
    if (PYZ_LIKELY(ok)) return r;
    v = exp_slow(x, 0.0, &m);
    return round_scaled(v.hi, v.lo, 0.0, m, &ok);
}

/* ---- log2 */
/* x = 2**e * m (x > 0 finite), m in [0.707, 1.414); z = m*c - 1 exactly as zh + zl for the
 * c of m's interval i, |z| <= 2**-8 */
typedef struct { int e, i; double zh, zl; } LogArg;

static LogArg log_reduce(double x) {
    LogArg a;
    uint64_t u = as_bits(x);
    a.e = 0;
    if (u < (1ull << 52)) {                               /* subnormal */
        u = as_bits(x * 0x1p54);
        a.e = -54;
    }
    a.e += (int)(u >> 52) - 1023;
    a.i = (int)((u >> 44) & 255);
    double m = as_double((u & 0x000fffffffffffffull) | 0x3ff0000000000000ull);
    if (a.i >= 106) {                                     /* m >= 1.4140625: take m/2 */
        m *= 0.5;
        a.e += 1;
    }
    double c = LOG_CL[a.i][0];
    double p = m * c;
    DD z = fast_two_sum(p - 1.0, prod_err(m, c, p));     /* p - 1 exact (Sterbenz) */
    a.zh = z.hi;
    a.zl = z.lo;
    return a;
}

/* -log(c) + log1p(z) = log(m), fast: relative error below 2**-75 */
static DD log_m_fast(LogArg a) {
    double zh = a.zh, zl = a.zl;
    double s2 = zh * zh, s2e = prod_err(zh, zh, s2);
    double h2 = -0.5 * s2;
    double w = s2 * zh, we = prod_err(s2, zh, w) + s2e * zh;  /* z**3 */
    double t3 = w * 0x1.5555555555555p-2;                 /* z**3 / 3 */
    double t3e = prod_err(w, 0x1.5555555555555p-2, t3) + (w * 0x1.5555555555555p-56 + we * 0x1.5555555555555p-2);
    double q4 = s2 * s2 * (-0.25 + zh * (0.2 + zh * (-0x1.5555555555555p-3 + zh * (0x1.2492492492492p-3
                + zh * (-0.125 + zh * (0x1.c71c71c71c71cp-4 - zh * 0.1))))));
    DD u = two_sum(LOG_CL[a.i][1], zh);
    DD u2 = fast_two_sum(u.hi, h2);
    DD u3 = fast_two_sum(u2.hi, t3);
    double lo = (u.lo + u2.lo + u3.lo) + (LOG_CL[a.i][2] + (-0.5 * s2e + t3e + q4 + zl * (1.0 - zh + s2)));
    return (DD){u3.hi, lo};
}

/* the same to 2**-104, in double-double arithmetic: log1p(z) = z - z**2/2 + ... to z**14 */
static DD log_m_slow(LogArg a) {
    DD z = {a.zh, a.zl};
    DD p = {LOG1P_C[14][0], LOG1P_C[14][1]};
    for (int n = 13; n >= 1; n--) p = dd_add(dd_mul(p, z), (DD){LOG1P_C[n][0], LOG1P_C[n][1]});
    p = dd_mul(p, z);
    DD l = fast_two_sum(LOG_CL[a.i][1], LOG_CL[a.i][2]);
    l.lo += LOG_CL[a.i][3];
    return dd_add(l, p);
}

/* log2(x) correctly rounded (C99's log2: -inf at 0, nan below, inf at inf) */
double pyz_explog_log2(double x) {
    if (PYZ_UNLIKELY(!(x > 0.0 && x < INFINITY))) {
        if (x == 0.0) return -INFINITY;
        return x > 0.0 ? x : (x - x) / 0.0;               /* inf; nan for x < 0 or nan */
    }
    LogArg a = log_reduce(x);
    DD l = dd_mul(log_m_fast(a), (DD){INV_LN2[0], INV_LN2[1]});
    DD r = two_sum((double)a.e, l.hi);                    /* |e| >= 1 or e = 0: no cancellation */
    double lo = r.lo + l.lo, err = fabs(r.hi) * 0x1p-72;
    double hi_ = r.hi + (lo + err), lo_ = r.hi + (lo - err);
    if (PYZ_LIKELY(hi_ == lo_)) return hi_;
    l = dd_mul(log_m_slow(a), (DD){INV_LN2[0], INV_LN2[1]});
    l = dd_add((DD){(double)a.e, 0.0}, l);
    return l.hi + l.lo;
}

/* log10 as glibc (fdlibm's e_log10.c) computes it over log: x = 2**n * m with m in [1, 2)
 * (in [0.5, 1) for n < 0, so no cancellation), then n*log10(2)_lo + log(m)/ln(10) +
 * n*log10(2)_hi.  glibc's log10 misrounds ~21% of arguments; this formula over glibc's log
 * gave CPython's log10 on all of 300,000 arguments, and libm's log (zig's) is glibc's on
 * all but ~0.008% of arguments, so it is used here. */
double pyz_explog_log10(double x) {
    if (PYZ_UNLIKELY(!(x > 0.0 && x < INFINITY))) {
        if (x == 0.0) return -INFINITY;
        return x > 0.0 ? x : (x - x) / 0.0;
    }
    uint64_t u = as_bits(x);
    int n = 0;
    if (u < (1ull << 52)) {
        u = as_bits(x * 0x1p54);
        n = -54;
    }
    n += (int)(u >> 52) - 1023;
    int neg = n < 0;
    double m = as_double((u & 0x000fffffffffffffull) | ((uint64_t)(0x3ff - neg) << 52));
    double y = (double)(n + neg);
    double z = y * 0x1.9fef311f12b36p-42 + 0x1.bcb7b1526e50ep-2 * log(m);  /* log10(2) lo, 1/ln(10) */
    return z + y * 0x1.34413509f6000p-2;                                    /* log10(2) hi */
}

/* trig.c - sin and cos, correctly rounded, with the same results on every target.
 *
 * Why: compiled programs link musl (zig cc), whose sin/cos differ from glibc's (which
 * CPython uses here) in the last bit on about 3% of arguments, so random.gauss printed
 * other digits.  A correctly rounded result is the one answer every good libm converges
 * to; glibc 2.36 itself is off by one ulp on ~0.14% of arguments (measured against a
 * 300-bit reference), so those few still differ from CPython on glibc.
 *
 * How:
 * - Argument reduction x = k*pi/2 + r, r as a double-double (rh + rl), |r| <= pi/4:
 *   Cody-Waite for |x| < 2**28 (pi/2 in seven 24-bit chunks, each k*chunk exact),
 *   Payne-Hanek above (the bits of 2/pi, 64 per word, times the 53-bit mantissa).
 * - r = j/128 + t with |t| <= 1/256: sin(j/128 + t) = S cos t + C sin t from a table of
 *   S = sin(j/128), C = cos(j/128) in double-double and short polynomials in t.
 * - Fast path in double with exact products for the leading terms, error below 2**-62
 *   of the result; Ziv's test: if both ends of the error interval round to the same
 *   double, that double is the correctly rounded result.  Otherwise (about 1 call in
 *   500) the slow path redoes cos t and sin t as double-double Taylor series (error
 *   below 2**-100).
 * - Every operation is a plain IEEE double operation (the runtime builds with
 *   -ffp-contract=off); fma is used only where the target has it in hardware, for an
 *   exact product that Dekker's split gives elsewhere.
 * atan, atan2, asin and acos (same reasons: zig's differ from glibc's on 3.7% to 17.7% of
 * arguments; glibc's are correctly rounded on all but ~0.1-0.3%) are all atan2 of two
 * positive double-doubles (asin x = atan2(x, sqrt(1 - x*x)) with 1 - x*x exact):
 * for q = num/den <= 1, atan q = atan(i/64) + atan u with u = (num - c den)/(den + c num),
 * c = i/64, |u| <= 2**-7 (one division), the series with u**3/3 exact (2**-74), then
 * pi/2 - . and pi - . for the octant; Ziv's test at 2**-70, else the series in
 * double-double (2**-100).
 * The tables come from tools/gen_trig_tables.py (mpmath at 1700 bits).
 */
#include "pyz.h"
#include <math.h>
#include <stdint.h>
#include <string.h>

static const uint64_t TRIG_2_OVER_PI[22] = {
    0xa2f9836e4e441529ull, 0xfc2757d1f534ddc0ull, 0xdb6295993c439041ull, 0xfe5163abdebbc561ull,
    0xb7246e3a424dd2e0ull, 0x06492eea09d1921cull, 0xfe1deb1cb129a73eull, 0xe88235f52ebb4484ull,
    0xe99c7026b45f7e41ull, 0x3991d639835339f4ull, 0x9c845f8bbdf9283bull, 0x1ff897ffde05980full,
    0xef2f118b5a0a6d1full, 0x6d367ecf27cb09b7ull, 0x4f463f669e5fea2dull, 0x7527bac7ebe5f17bull,
    0x3d0739f78a5292eaull, 0x6bfb5fb11f8d5d08ull, 0x56033046fc7b6babull, 0xf0cfbc209af4361dull,
    0xa9e391615ee61b08ull, 0x6599855f14a06840ull,
};
static const double TRIG_PIO2_CHUNK[7] = {0x1.921fb60000000p+0, -0x1.777a5c0000000p-25, -0x1.ee59da0000000p-50, 0x1.98a2e00000000p-77, 0x1.b839a20000000p-104, 0x1.4812700000000p-130, 0x1.114cfa0000000p-156};
static const double TRIG_PIO2_HI = 0x1.921fb54442d18p+0, TRIG_PIO2_LO = 0x1.1a62633145c07p-54;
static const double TRIG_SINCOS[103][4] = {  /* sin hi, sin lo, cos hi, cos lo */
    {0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p+0, 0x0.0p+0},
    {0x1.fffeaaaaeeeefp-8, -0x1.e45e2ec67b77cp-62, 0x1.fffc000155552p-1, 0x1.f4a01a0196daep-55},
    {0x1.fffaaaaeeeed5p-7, -0x1.2ab639a9f0776p-63, 0x1.fff000155549fp-1, 0x1.28a28a03a5ef3p-55},
    {0x1.7ff7001033255p-6, 0x1.efe2b51527336p-64, 0x1.ffdc006bff7e6p-1, 0x1.ae6dae86977bdp-55},
    {0x1.ffeaaaeeee86fp-6, -0x1.cd406fb224ae2p-60, 0x1.ffc00155527d3p-1, -0x1.3b54492d89b5bp-55},
    {0x1.3feb2b12d45d5p-5, 0x1.4ec54203d1c11p-60, 0x1.ff9c03414a7bap-1, 0x1.991f4be6c59bfp-57},
    {0x1.7fdc01032fba9p-5, -0x1.599bdf46e997ap-59, 0x1.ff7006bfdf99fp-1, -0x1.8b3b560648d5fp-56},
    {0x1.bfc6d78586dacp-5, 0x1.8e4fd03dbf236p-62, 0x1.ff3c0c8103a31p-1, 0x1.4856dbddc0e66p-56},
    {0x1.ffaaaeeed4edbp-5, -0x1.2d16d32684b69p-59, 0x1.ff0015549f4d3p-1, 0x1.328387b99426fp-55},
    {0x1.1fc343d808befp-4, -0x1.f3d32e6f3be4fp-58, 0x1.febc222a8ef9fp-1, 0x1.7934934f54c77p-58},
    {0x1.3facb12d1755bp-4, -0x1.921915299468bp-58, 0x1.fe7034129ef6fp-1, -0x1.cbf4337c96f97p-57},
    {0x1.5f911fd10b737p-4, -0x1.0184f02be9102p-58, 0x1.fe1c4c3c873ebp-1, -0x1.5a9c9057c4a02p-60},
    {0x1.7f701032550e4p-4, 0x1.afc2d1800501ap-60, 0x1.fdc06bf7e6b9bp-1, 0x1.31902b535f8dbp-55},
    {0x1.9f4902d55d1f9p-4, 0x1.2696d7eac1dc1p-58, 0x1.fd5c94b43e000p-1, -0x1.2e768cb4f92f9p-57},
    {0x1.bf1b78568391dp-4, 0x1.e91841dea4cc8p-58, 0x1.fcf0c800e99b1p-1, 0x1.ea3d786d186acp-57},
    {0x1.dee6f16c1cce6p-4, -0x1.50f8e2fb71673p-59, 0x1.fc7d078d1bc88p-1, 0x1.075d2447db685p-55},
    {0x1.feaaeee86ee36p-4, -0x1.afcb2bcc6f03bp-59, 0x1.fc015527d5bd3p-1, 0x1.b68f35094efb8p-55},
    {0x1.0f3378ddd71d1p-3, 0x1.d8468724f0f9ep-57, 0x1.fb7db2bfe0695p-1, 0x1.21dadf4f65ab1p-55},
    {0x1.1f0d3d7afceafp-3, -0x1.6ef95099769a5p-57, 0x1.faf22263c4bd3p-1, -0x1.52ace133a2769p-58},
    {0x1.2ee285e4ab88fp-3, -0x1.e4d0f05dee058p-57, 0x1.fa5ea641c36f2p-1, 0x1.04da6ed17cc7cp-59},
    {0x1.3eb312c5d66cbp-3, 0x1.47d666b66cb91p-57, 0x1.f9c340a7cc428p-1, 0x1.c5b6b063b7462p-55},
    {0x1.4e7ea4dc5f27bp-3, 0x1.949db2ac072fcp-58, 0x1.f91ff40374d01p-1, -0x1.7d03f4d3a9e4cp-57},
    {0x1.5e44fcfa126f3p-3, -0x1.6f443063f89b6p-57, 0x1.f874c2e1eecf6p-1, -0x1.c6514e1332b16p-55},
    {0x1.6e05dc05a4d4cp-3, -0x1.32c5c8b81c919p-66, 0x1.f7c1afeffde24p-1, -0x1.8f55bc47540b1p-56},
    {0x1.7dc102fbaf2b5p-3, 0x1.5ab50e23c97c3p-59, 0x1.f706bdf9ece1cp-1, -0x1.698c80c36dcb4p-55},
    {0x1.8d7632efaa944p-3, -0x1.20fa262cbb953p-57, 0x1.f643efeb82acdp-1, 0x1.6b00ac1fe28acp-56},
    {0x1.9d252d0cec312p-3, 0x1.9c43d80b1137dp-58, 0x1.f57948cff6797p-1, 0x1.e3a0d3e03b1d4p-57},
    {0x1.accdb297a0765p-3, -0x1.9883b57d6cdeap-58, 0x1.f4a6cbd1e3a79p-1, 0x1.13df0edaebb57p-55},
    {0x1.bc6f84edc6199p-3, 0x1.9c1a56a7b0cabp-57, 0x1.f3cc7c3b3d16ep-1, -0x1.21a3ad28a3494p-57},
    {0x1.cc0a6588289a3p-3, -0x1.868d09bc87c6bp-57, 0x1.f2ea5d753ffedp-1, 0x1.cc4215f56d583p-55},
    {0x1.db9e15fb5a5d0p-3, -0x1.32e20d6cc6fc2p-57, 0x1.f20073086649fp-1, 0x1.b940416c1984bp-56},
    {0x1.eb2a57f8ae5a3p-3, -0x1.0be06af572cebp-57, 0x1.f10ec09c5873bp-1, 0x1.d9072762c1283p-55},
    {0x1.faaeed4f31577p-3, -0x1.15d88508e32b8p-57, 0x1.f01549f7deea1p-1, 0x1.d3c1e99e5cafdp-55},
    {0x1.0515cbf65155cp-2, -0x1.9b8c29dfd8ec7p-56, 0x1.ef141300d2f26p-1, -0x1.2aa1b08ded372p-55},
    {0x1.0cd00cef36436p-2, -0x1.9fb0a0c93e2b4p-56, 0x1.ee0b1fbc0f11cp-1, -0x1.bfd2380bbc3b1p-59},
    {0x1.14861aa94ddebp-2, -0x1.be881b5b615a4p-57, 0x1.ecfa744d5efa1p-1, -0x1.56d0a4af541d0p-58},
    {0x1.1c37d64c6b876p-2, 0x1.46076fe0dcff4p-56, 0x1.ebe214f76efa8p-1, -0x1.02f9f12ba543ep-55},
    {0x1.23e52111aaf36p-2, -0x1.4f080334eff18p-56, 0x1.eac2061bbaf4fp-1, 0x1.2c1d53e94658dp-57},
    {0x1.2b8ddc43eb49fp-2, 0x1.1553899f2d807p-57, 0x1.e99a4c3a7cd83p-1, -0x1.2264b1bc53ce8p-55},
    {0x1.3331e94049f87p-2, 0x1.e0cb6b40c302cp-56, 0x1.e86aebf29a9edp-1, 0x1.9397afdbb58a7p-55},
    {0x1.3ad129769d3d8p-2, 0x1.03d550487839ap-63, 0x1.e733ea0193d40p-1, -0x1.6428b3546ce13p-55},
    {0x1.426b7e69ee697p-2, -0x1.f09c75705c59fp-56, 0x1.e5f54b436e9d0p-1, 0x1.7eb0fd02fc8bcp-55},
    {0x1.4a00c9b0f3d20p-2, 0x1.823ba6bb08eadp-56, 0x1.e4af14b2a449cp-1, -0x1.68ca02e8a6833p-55},
    {0x1.5190ecf68a77ap-2, 0x1.b357155eef0f3p-56, 0x1.e3614b680d6a5p-1, -0x1.27793aa015237p-56},
    {0x1.591bc9fa2f597p-2, 0x1.7c74bac3fe0cbp-57, 0x1.e20bf49acd6c1p-1, -0x1.660aec7ef636bp-58},
    {0x1.60a1429078775p-2, 0x1.b1fd80ba89133p-58, 0x1.e0af15a03dbcep-1, 0x1.fe8e702771ae6p-58},
    {0x1.682138a38d7f7p-2, -0x1.d889202444aadp-56, 0x1.df4ab3ebd875ep-1, -0x1.e2d8a7e6736c4p-55},
    {0x1.6f9b8e33a0255p-2, 0x1.42bc14ee9da0dp-56, 0x1.ddded50f228d6p-1, -0x1.e80c8d42ba2bfp-57},
    {0x1.7710255764214p-2, -0x1.6ead7314bb6cep-57, 0x1.dc6b7eb995912p-1, 0x1.4b364776dcd35p-58},
    {0x1.7e7ee03c86d4ep-2, -0x1.b63bcdabf5af2p-56, 0x1.daf0b6b888e83p-1, 0x1.a249e2b5e5ceap-55},
    {0x1.85e7a12826949p-2, 0x1.8a40e9b5face0p-56, 0x1.d96e82f71a9dcp-1, 0x1.ff61bd5d2039dp-55},
    {0x1.8d4a4a774992fp-2, 0x1.44a02ea766326p-56, 0x1.d7e4e97e17b4ap-1, -0x1.3b770352bed94p-57},
    {0x1.94a6be9f546c5p-2, -0x1.69ce13e683f58p-56, 0x1.d653f073e4040p-1, -0x1.76236434bec37p-55},
    {0x1.9bfce02e80510p-2, 0x1.09e39a320b0a4p-56, 0x1.d4bb9e1c619e0p-1, 0x1.f34bb77858f61p-55},
    {0x1.a34c91cc50ccap-2, -0x1.a310e3b50cecdp-58, 0x1.d31bf8d8d7c06p-1, 0x1.e60dd3089cbddp-56},
    {0x1.aa95b63a09277p-2, -0x1.6293eb13c0381p-57, 0x1.d1750727d94f0p-1, 0x1.0d52b1ec1a48ep-55},
    {0x1.b1d8305321617p-2, -0x1.ae242cb99f519p-56, 0x1.cfc6cfa52ad9fp-1, 0x1.8b5b5508f2a0dp-55},
    {0x1.b913e30dbac43p-2, -0x1.e38ad2f6c3ff1p-56, 0x1.ce115909a82e5p-1, 0x1.1f139bb31109ap-55},
    {0x1.c048b17b140a3p-2, 0x1.19fe6757e9fa7p-57, 0x1.cc54aa2b2972ep-1, 0x1.4ee162ba83a98p-57},
    {0x1.c7767ec7fd19ep-2, -0x1.eb14d1a3d5826p-58, 0x1.ca90c9fc67d0bp-1, -0x1.46a81485e3462p-57},
    {0x1.ce9d2e3d4a51fp-2, -0x1.2fc8a12dae298p-57, 0x1.c8c5bf8ce1a84p-1, 0x1.ab3d1a1590123p-56},
    {0x1.d5bca34047661p-2, 0x1.28a44a75fc29cp-56, 0x1.c6f39208be53bp-1, -0x1.741dbfbaadb42p-55},
    {0x1.dcd4c15329c9ap-2, 0x1.0d4c6e171fd9ap-56, 0x1.c51a48b8b175ep-1, -0x1.1bbb43b9aa880p-57},
    {0x1.e3e56c1582a69p-2, -0x1.0a4821099f88fp-58, 0x1.c339eb01ddd81p-1, -0x1.caaf5ee82c5c0p-55},
    {0x1.eaee8744b05f0p-2, -0x1.789b43c9b027dp-58, 0x1.c1528065b7d50p-1, -0x1.892111312e828p-55},
    {0x1.f1eff6bc4f97bp-2, 0x1.17212f8a7525cp-56, 0x1.bf641081e7536p-1, 0x1.b7bd71628a9a1p-55},
    {0x1.f8e99e76abc97p-2, 0x1.9d950af2d00a3p-58, 0x1.bd6ea310294f5p-1, 0x1.31bbcc88c109dp-56},
    {0x1.ffdb628d2f57ap-2, 0x1.f4a992e905b6ap-57, 0x1.bb723fe630f32p-1, 0x1.72bd2452d0a39p-56},
    {0x1.0362939c69955p-1, -0x1.2d8cd78397b01p-55, 0x1.b96eeef58840ep-1, 0x1.45a3cc78fade0p-58},
    {0x1.06d3686946e5bp-1, 0x1.3f5ae4538ff1bp-55, 0x1.b764b84b704c2p-1, -0x1.f5848c21b389bp-55},
    {0x1.0a4021e9e1001p-1, -0x1.6f643a13914f6p-55, 0x1.b553a410c104ep-1, 0x1.8ff7947027a15p-58},
    {0x1.0da8b26b5672ep-1, -0x1.a58def0bee909p-55, 0x1.b33bba89c8948p-1, 0x1.ea6a51d1f6ca9p-55},
    {0x1.110d0c4b69c3bp-1, 0x1.d918998809981p-55, 0x1.b11d04162a4c6p-1, 0x1.1dd561efbc0c2p-56},
    {0x1.146d21f8b7f82p-1, 0x1.bf9535e2739a8p-56, 0x1.aef78930bd275p-1, -0x1.f836279746f94p-56},
    {0x1.17c8e5f2eedb0p-1, 0x1.35e57102e2488p-57, 0x1.accb526f69de5p-1, 0x1.8fb6a8dd6b6ccp-55},
    {0x1.1b204acb02fddp-1, -0x1.f190c70cbb5fep-58, 0x1.aa98688308913p-1, -0x1.b83d607cd5072p-63},
    {0x1.1e7343236574cp-1, 0x1.22a3fa4f41d5ap-56, 0x1.a85ed4373e02dp-1, 0x1.9be06385ec792p-57},
    {0x1.21c1c1b0394cfp-1, 0x1.e5b324b23aa31p-58, 0x1.a61e9e72586afp-1, 0x1.58330e2fd453fp-55},
    {0x1.250bb93788bbbp-1, 0x1.ea3d02457bccep-56, 0x1.a3d7d0352bdcfp-1, -0x1.68dbaeca19669p-55},
    {0x1.28511c917a067p-1, -0x1.01df1d9a16b70p-55, 0x1.a18a729aee445p-1, 0x1.95e25736c0357p-60},
    {0x1.2b91dea88421ep-1, -0x1.fa371db216ab0p-55, 0x1.9f368ed912f85p-1, -0x1.1d200c5791606p-55},
    {0x1.2ecdf279a3082p-1, 0x1.d3557e0e7e37ep-55, 0x1.9cdc2e3f25e5cp-1, 0x1.3f99112993f62p-55},
    {0x1.32054b148bc4fp-1, 0x1.f6b42095a135bp-55, 0x1.9a7b5a36a6514p-1, 0x1.722cfcc9fa7a9p-55},
    {0x1.3537db9be0367p-1, 0x1.b327e7af040f0p-57, 0x1.98141c42e1310p-1, 0x1.d1ff80488f08dp-55},
    {0x1.386597456282bp-1, -0x1.10fada93b07a8p-56, 0x1.95a67e00cb1fdp-1, -0x1.0befda21f862dp-55},
    {0x1.3b8e715a2840ap-1, -0x1.97653a7d2f07ap-56, 0x1.93328926d9e92p-1, -0x1.bb77003600cdap-55},
    {0x1.3eb25d36cd53ap-1, -0x1.be570e1570fc0p-58, 0x1.90b84784ddaf7p-1, -0x1.0feb10ab93b87p-56},
    {0x1.41d14e4ba6790p-1, 0x1.4608fd287ecf5p-55, 0x1.8e37c303d9ad1p-1, -0x1.463a4b53d4bf8p-57},
    {0x1.44eb381cf386bp-1, -0x1.3ed6c1e6a5505p-55, 0x1.8bb105a5dc900p-1, 0x1.863e03e9474c1p-55},
    {0x1.48000e431159fp-1, -0x1.b194a7463ed10p-55, 0x1.89241985d871fp-1, 0x1.c48d9c413ed84p-55},
    {0x1.4b0fc46aab761p-1, 0x1.0da05738cc59cp-61, 0x1.869108d77a6c6p-1, 0x1.338ffe2bfe9ddp-56},
    {0x1.4e1a4e54ed51bp-1, -0x1.a492f89b7c76ap-55, 0x1.83f7dde701ca0p-1, -0x1.152cf609bc6e8p-59},
    {0x1.511f9fd7b351cp-1, -0x1.5c0e861c48831p-55, 0x1.8158a31916d5dp-1, -0x1.de8b90b8228dep-57},
    {0x1.541facddbb724p-1, 0x1.232c28520d391p-56, 0x1.7eb362eaa1488p-1, 0x1.a1d65a4a5959fp-58},
    {0x1.571a6966d59b3p-1, 0x1.c843b4d0fb197p-58, 0x1.7c0827f09e54fp-1, -0x1.c73d6d72aee68p-57},
    {0x1.5a0fc98813a12p-1, -0x1.d82e2b7d4227bp-55, 0x1.7956fcd7f6543p-1, -0x1.ab276e9d45ae4p-55},
    {0x1.5cffc16bf8f0dp-1, 0x1.96cb370eb578ap-55, 0x1.769fec655211fp-1, -0x1.827d5cf8c68c5p-57},
    {0x1.5fea4552a9e57p-1, 0x1.0b6cef7ee20b7p-55, 0x1.73e30174efba1p-1, -0x1.5d3ae3d94ad5fp-57},
    {0x1.62cf49921ac79p-1, -0x1.edd9855b6241ap-55, 0x1.712046fa77678p-1, 0x1.425b0a5029c81p-55},
    {0x1.65aec2963e755p-1, 0x1.126f96b71053cp-55, 0x1.6e57c800cf55ep-1, 0x1.60286dedbd0a6p-55},
    {0x1.6888a4e134b2fp-1, -0x1.6b7d37644d5e6p-55, 0x1.6b898fa9efb5dp-1, 0x1.15ac786ccf4b2p-56},
    {0x1.6b5ce50b7821ap-1, -0x1.5d5158f702e0fp-57, 0x1.68b5a92eb6253p-1, -0x1.9a91ad985f89cp-55},
    {0x1.6e2b77c40bde1p-1, -0x1.0e729857fad53p-56, 0x1.65dc1fdeb8cbap-1, -0x1.97c1b47337c77p-58},
};

static const double TRIG_ATAN[65][2] = {  /* atan(i/64): hi, lo */
    {0x0.0p+0, 0x0.0p+0},
    {0x1.fff555bbb729bp-7, -0x1.220c39d4dff50p-61},
    {0x1.ffd55bba97625p-6, -0x1.5ec431444912cp-60},
    {0x1.7fb818430da2ap-5, -0x1.86ef8f794f105p-63},
    {0x1.ff55bb72cfdeap-5, -0x1.c934d86d23f1dp-60},
    {0x1.3f59f0e7c559dp-4, 0x1.ac4ce285df847p-58},
    {0x1.7ee182602f10fp-4, -0x1.cfb654c0c3d98p-58},
    {0x1.be39ebe6f07c3p-4, 0x1.f7b8f29a05987p-58},
    {0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59},
    {0x1.1e1fafb043727p-3, -0x1.b485914dacf8cp-59},
    {0x1.3d6eee8c6626cp-3, 0x1.61a3b0ce9281bp-57},
    {0x1.5c9811e3ec26ap-3, -0x1.054ab2c010f3dp-58},
    {0x1.7b97b4bce5b02p-3, 0x1.347b0b4f881cap-58},
    {0x1.9a6a8e96c8626p-3, 0x1.cf601e7b4348ep-59},
    {0x1.b90d7529260a2p-3, 0x1.17b10d2e0e5abp-61},
    {0x1.d77d5df205736p-3, 0x1.c648d1534597ep-57},
    {0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57},
    {0x1.09dc597d86362p-2, 0x1.62e47390cb865p-56},
    {0x1.18bf5a30bf178p-2, 0x1.30ca4748b1bf9p-57},
    {0x1.278372057ef46p-2, -0x1.077cdd36dfc81p-56},
    {0x1.362773707ebccp-2, -0x1.963a544b672d8p-57},
    {0x1.44aa436c2af0ap-2, -0x1.5d5e43c55b3bap-56},
    {0x1.530ad9951cd4ap-2, -0x1.2566480884082p-57},
    {0x1.614840309cfe2p-2, -0x1.a725715711f00p-56},
    {0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56},
    {0x1.7d5604b63b3f7p-2, 0x1.69c885c2b249ap-56},
    {0x1.8b24d394a1b25p-2, 0x1.b6d0ba3748fa8p-56},
    {0x1.98cd5454d6b18p-2, 0x1.9e6c988fd0a77p-56},
    {0x1.a64eec3cc23fdp-2, -0x1.24dec1b50b7ffp-56},
    {0x1.b3a911da65c6cp-2, 0x1.ae187b1ca5040p-56},
    {0x1.c0db4c94ec9f0p-2, -0x1.cc1ce70934c34p-56},
    {0x1.cde53432c1351p-2, -0x1.a2cfa4418f1adp-56},
    {0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56},
    {0x1.e77eb7f175a34p-2, 0x1.0e53dc1bf3435p-56},
    {0x1.f40dd0b541418p-2, -0x1.a3992dc382a23p-57},
    {0x1.0039c73c1a40cp-1, -0x1.b32c949c9d593p-55},
    {0x1.0657e94db30d0p-1, -0x1.d5b495f6349e6p-56},
    {0x1.0c6145b5b43dap-1, 0x1.974fa13b5404fp-58},
    {0x1.1255d9bfbd2a9p-1, -0x1.2bdaee1c0ee35p-58},
    {0x1.1835a88be7c13p-1, 0x1.c621cec00c301p-55},
    {0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58},
    {0x1.23b71e2cc9e6ap-1, 0x1.c421c9f38224ep-57},
    {0x1.2958e59308e31p-1, -0x1.09e73b0c6c087p-56},
    {0x1.2ee628406cbcap-1, 0x1.c5d5e9ff0cf8dp-55},
    {0x1.345f01cce37bbp-1, 0x1.1021137c71102p-55},
    {0x1.39c391cd4171ap-1, -0x1.2304331d8bf46p-55},
    {0x1.3f13fb89e96f4p-1, 0x1.ecf8b492644f0p-56},
    {0x1.445065b795b56p-1, -0x1.f76d0163f79c8p-56},
    {0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56},
    {0x1.4e8de5bb6ec04p-1, 0x1.4a33dbeb3796cp-55},
    {0x1.538f57b89061fp-1, -0x1.1bb74abda520cp-55},
    {0x1.587d81f732fbbp-1, -0x1.5e5c9d8c5a950p-56},
    {0x1.5d58987169b18p-1, 0x1.0028e4bc5e7cap-57},
    {0x1.6220d115d7b8ep-1, -0x1.2b785350ee8c1p-57},
    {0x1.66d663923e087p-1, -0x1.6ea6febe8bbbap-56},
    {0x1.6b798920b3d99p-1, -0x1.a80386188c50ep-55},
    {0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56},
    {0x1.748978fba8e0fp-1, 0x1.7b2a6165884a1p-59},
    {0x1.78f6bbd5d315ep-1, 0x1.406a089803740p-55},
    {0x1.7d528289fa093p-1, 0x1.560821e2f3aa9p-55},
    {0x1.819d0b7158a4dp-1, -0x1.bf76229d3b917p-56},
    {0x1.85d69576cc2c5p-1, 0x1.6b66e7fc8b8c3p-57},
    {0x1.89ff5ff57f1f8p-1, -0x1.55b9a5e177a1bp-55},
    {0x1.8e17aa99cc05ep-1, -0x1.ec182ab042f61p-56},
    {0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55},
};
static const double TRIG_ATAN_SERIES[10][2] = {  /* (-1)**k / (2k + 1) */
    {0x1.0000000000000p+0, 0x0.0p+0},
    {-0x1.5555555555555p-2, -0x1.5555555555555p-56},
    {0x1.999999999999ap-3, -0x1.999999999999ap-57},
    {-0x1.2492492492492p-3, -0x1.2492492492492p-57},
    {0x1.c71c71c71c71cp-4, 0x1.c71c71c71c71cp-58},
    {-0x1.745d1745d1746p-4, 0x1.745d1745d1746p-59},
    {0x1.3b13b13b13b14p-4, -0x1.3b13b13b13b14p-58},
    {-0x1.1111111111111p-4, -0x1.1111111111111p-60},
    {0x1.e1e1e1e1e1e1ep-5, 0x1.e1e1e1e1e1e1ep-61},
    {-0x1.af286bca1af28p-5, -0x1.af286bca1af28p-59},
};

/* ---- double-double helpers (exact sums and products) */
typedef struct { double hi, lo; } DD;

static inline DD two_sum(double a, double b) {
    double s = a + b;
    double bb = s - a;
    return (DD){s, (a - (s - bb)) + (b - bb)};
}

static inline DD fast_two_sum(double a, double b) {  /* |a| >= |b| */
    double s = a + b;
    return (DD){s, b - (s - a)};
}

static inline double prod_err(double a, double b, double p) {  /* a*b - p exactly, p = fl(a*b) */
#if defined(__FMA__) || defined(__FP_FAST_FMA) || defined(__aarch64__)
    return __builtin_fma(a, b, -p);
#else
    const double split = 134217729.0;  /* 2**27 + 1: Dekker */
    double ca = split * a, cb = split * b;
    double ah = ca - (ca - a), al = a - ah;
    double bh = cb - (cb - b), bl = b - bh;
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
#endif
}

static inline DD dd_mul(DD a, DD b) {
    double p = a.hi * b.hi;
    double e = prod_err(a.hi, b.hi, p) + (a.hi * b.lo + a.lo * b.hi);
    return fast_two_sum(p, e);
}

static inline DD dd_add(DD a, DD b) {
    DD s = two_sum(a.hi, b.hi);
    return fast_two_sum(s.hi, s.lo + a.lo + b.lo);
}

static inline DD dd_mul_d(DD a, double b) {
    double p = a.hi * b;
    return fast_two_sum(p, prod_err(a.hi, b, p) + a.lo * b);
}

/* (a.hi + a.lo) / (b.hi + b.lo), relative error below 2**-100 (b > 0, products in range);
 * one division: qh need not be the rounded quotient, a.hi - qh*b.hi is exact all the same */
static DD dd_div(DD a, DD b) {
    double inv = 1.0 / b.hi;
    double qh = a.hi * inv;
    double p = qh * b.hi;
    double r = ((a.hi - p) - prod_err(qh, b.hi, p)) + (a.lo - qh * b.lo);  /* a.hi - p exact */
    return fast_two_sum(qh, r * inv);
}

/* v rounded to the nearest integer, |v| < 2**51 (nearbyint is a slow call in musl) */
static inline double round_int(double v) {
    const double magic = 0x1.8p52;
    return (v + magic) - magic;
}

/* ---- argument reduction: |x| = k*pi/2 + (rh + rl), |rh + rl| <= pi/4 (a hair more) */
static int reduce_medium(double x, double *rh, double *rl) {  /* 0 <= x < 2**28 */
    double k = round_int(x * 0x1.45f306dc9c883p-1);  /* x * 2/pi */
    double hi = x - k * TRIG_PIO2_CHUNK[0];           /* exact: see the chunk widths */
    double lo = 0.0;
    for (int i = 1; i < 7; i++) {
        DD s = two_sum(hi, -k * TRIG_PIO2_CHUNK[i]);
        hi = s.hi;
        lo += s.lo;
    }
    DD r = fast_two_sum(hi, lo);
    *rh = r.hi;
    *rl = r.lo;
    return (int)((int64_t)k & 3);
}

/* 64 bits of the little-endian number p[0..n) starting at bit pos (bits below 0 are 0) */
static uint64_t bits_at(const uint64_t *p, int n, int pos) {
    if (pos <= -64) return 0;
    if (pos < 0) return p[0] << -pos;
    int w = pos >> 6, b = pos & 63;
    uint64_t v = w < n ? p[w] >> b : 0;
    if (b && w + 1 < n) v |= p[w + 1] << (64 - b);
    return v;
}

/* a * b = hi * 2**64 + lo, in 32-bit halves (no __int128 on 32-bit targets) */
static void mul_64x64(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo) {
    uint64_t a0 = (uint32_t)a, a1 = a >> 32, b0 = (uint32_t)b, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;
    *lo = (mid << 32) | (uint32_t)p00;
    *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

static int reduce_huge(double x, double *rh, double *rl) {  /* 2**28 <= x < inf */
    uint64_t u;
    memcpy(&u, &x, 8);
    int e = (int)(u >> 52) - 1075;                    /* x = m * 2**e */
    uint64_t m = (u & 0xfffffffffffffull) | (1ull << 52);
    /* words i0.. of 2/pi: word i holds the bits of weight 2**(-64(i+1)) .. 2**(-64i-1);
     * the words before i0 only add multiples of 4 to x*2/pi */
    int i0 = e - 2 > 0 ? (e - 2) / 64 : 0;
    uint64_t p[6] = {0, 0, 0, 0, 0, 0};               /* m * words i0..i0+4, little-endian */
    for (int i = 0; i < 5; i++) {
        uint64_t hi, lo;
        mul_64x64(m, TRIG_2_OVER_PI[i0 + 4 - i], &hi, &lo);
        /* p[i..] += hi:lo; the carry runs up as far as it goes */
        uint64_t s = p[i] + lo;
        uint64_t carry = s < lo;
        p[i] = s;
        s = p[i + 1] + hi;
        uint64_t carry2 = s < hi;
        s += carry;
        carry2 |= s < carry;
        p[i + 1] = s;
        for (int j = i + 2; j < 6 && carry2; j++) {
            p[j]++;
            carry2 = p[j] == 0;
        }
    }
    int point = 64 * (i0 + 5) - e;                    /* bit of p with weight 2**0 in x*2/pi */
    int q = (int)(bits_at(p, 6, point) & 3);
    uint64_t f0 = bits_at(p, 6, point - 64), f1 = bits_at(p, 6, point - 128), f2 = bits_at(p, 6, point - 192);
    /* fraction f = 0.f0 f1 f2; round to the nearest quadrant: f in [-1/2, 1/2) */
    bool neg = f0 >> 63;
    if (neg) {
        q = (q + 1) & 3;
        f2 = ~f2 + 1;
        f1 = ~f1 + (f2 == 0);
        f0 = ~f0 + (f2 == 0 && f1 == 0);
    }
    int shift = 0;                                    /* normalise: f0's top bit set */
    while (f0 == 0 && shift < 128) {
        f0 = f1; f1 = f2; f2 = 0; shift += 64;
    }
    int lz = f0 ? __builtin_clzll(f0) : 0;
    if (lz) {
        f0 = (f0 << lz) | (f1 >> (64 - lz));
        f1 = (f1 << lz) | (f2 >> (64 - lz));
    }
    shift += lz;
    double fh = ldexp((double)(f0 >> 11), -53 - shift);                   /* exact: 53 bits */
    double fl = ldexp((double)(((f0 & 0x7ff) << 53) | (f1 >> 11)), -117 - shift);
    DD r = dd_mul((DD){fh, fl}, (DD){TRIG_PIO2_HI, TRIG_PIO2_LO});
    if (neg) {
        r.hi = -r.hi;
        r.lo = -r.lo;
    }
    *rh = r.hi;
    *rl = r.lo;
    return q;
}

/* ---- sin or cos of r = rh + rl, |r| <= pi/4 + tiny: quarter = 0 sin, 1 cos, 2 -sin, 3 -cos */
static double eval_slow(DD p, DD q, double th, double tl);

static double eval(double rh, double rl, int quarter) {
    double jd = round_int(rh * 128.0);
    int j = (int)jd;
    const double *e = TRIG_SINCOS[j < 0 ? -j : j];
    double th = rh - jd * 0.0078125;                  /* exact, |th| <= 2**-8 */
    double tl = rl;
    /* sin(a + t) = S cos t + C sin t;  cos(a + t) = C cos t - S sin t: P cos t + Q sin t,
     * with the signs of j < 0 (sin odd) and of the quarter folded in without branches */
    double ssign = (j < 0) != ((quarter & 3) >= 2) ? -1.0 : 1.0;
    double csign = (quarter & 3) >= 2 ? -1.0 : 1.0;
    double sh = ssign * e[0], sl = ssign * e[1], ch = csign * e[2], cl = csign * e[3];
    bool odd = quarter & 1;
    double ph = odd ? ch : sh, pl = odd ? cl : sl;
    double qh = odd ? -sh : ch, ql = odd ? -sl : cl;
    /* cos t - 1 to t**6 and sin t - t to t**7: the next terms are below 2**-79 of P and Q */
    double t2 = th * th, t4 = t2 * t2;
    double cm1 = t2 * -0.5 + t4 * (0x1.5555555555555p-5 - t2 * 0x1.6c16c16c16c17p-10);
    double smt = th * t2 * (-0x1.5555555555555p-3 + t2 * (0x1.1111111111111p-7 - t2 * 0x1.a01a01a01a01ap-13));
    double m = qh * th;
    DD s = two_sum(ph, m);
    double low = (s.lo + prod_err(qh, th, m)) + (pl + (ql * th + qh * tl)) + ((ph * cm1 + qh * smt) - ph * th * tl);
    double err = fabs(s.hi) * 0x1p-62;
    double a = s.hi + (low + err), b = s.hi + (low - err);
    if (PYZ_LIKELY(a == b)) return a;
    return eval_slow((DD){ph, pl}, (DD){qh, ql}, th, tl);
}

/* cos t and sin t, t = th + tl, to 2**-100 in double-double arithmetic */
static void sincos_t_slow(double th, double tl, DD *cos_t, DD *sin_t) {
    DD t = fast_two_sum(th, tl);
    DD t2 = dd_mul(t, t);
    /* cos t = 1 - t2/2! + t2^2/4! ..., sin t = t (1 - t2/3! + ...), |t| <= 2**-8: to t**14 */
    DD c = {0.0, 0.0}, sn = {0.0, 0.0};
    for (int n = 14; n >= 2; n -= 2) {  /* Horner on 1/n! in double-double */
        double fc = 1.0;
        for (int i = 2; i <= n; i++) fc *= i;   /* n! exact for n <= 14 (< 2**53) */
        double fs = fc * (n + 1);               /* (n+1)! exact for n + 1 <= 15 */
        DD ic = {1.0 / fc, 0.0}, is = {1.0 / fs, 0.0};
        ic.lo = -prod_err(ic.hi, fc, ic.hi * fc) / fc - (ic.hi * fc - 1.0) / fc;
        is.lo = -prod_err(is.hi, fs, is.hi * fs) / fs - (is.hi * fs - 1.0) / fs;
        if (n % 4 == 2) {
            ic.hi = -ic.hi; ic.lo = -ic.lo;
            is.hi = -is.hi; is.lo = -is.lo;
        }
        c = dd_mul(dd_add(c, ic), t2);
        sn = dd_mul(dd_add(sn, is), t2);
    }
    *cos_t = dd_add((DD){1.0, 0.0}, c);
    *sin_t = dd_add(t, dd_mul(t, sn));
}

static double eval_slow(DD p, DD q, double th, double tl) {
    DD cos_t, sin_t;
    sincos_t_slow(th, tl, &cos_t, &sin_t);
    DD r = dd_add(dd_mul(p, cos_t), dd_mul(q, sin_t));
    return r.hi + r.lo;
}

static double sin_or_cos(double x, int is_cos) {
    double ax = fabs(x);
    double rh, rl;
    int quarter;
    if (ax <= 0x1.921fb54442d18p-1) {               /* <= pi/4: no reduction */
        if (ax < 0x1p-27) return is_cos ? 1.0 : x;   /* sin x = x, cos x = 1 after rounding */
        rh = ax;
        rl = 0.0;
        quarter = 0;
    } else if (ax < 0x1p28) {
        quarter = reduce_medium(ax, &rh, &rl);
    } else {
        quarter = reduce_huge(ax, &rh, &rl);
    }
    double r = eval(rh, rl, (quarter + is_cos) & 3);
    return (!is_cos && x < 0) ? -r : r;
}

/* finite x only (the callers raise for inf; nan passes through) */
double pyz_trig_sin(double x) {
    if (PYZ_UNLIKELY(!isfinite(x))) return x - x;
    return sin_or_cos(x, 0);
}

double pyz_trig_cos(double x) {
    if (PYZ_UNLIKELY(!isfinite(x))) return x - x;
    return sin_or_cos(x, 1);
}

/* ---- tan: sin r / cos r (or -cos r / sin r in odd quarters), both in double-double */
static double tan_eval(double rh, double rl, bool odd) {
    double jd = round_int(rh * 128.0);
    int j = (int)jd;
    const double *e = TRIG_SINCOS[j < 0 ? -j : j];
    double th = rh - jd * 0.0078125;                  /* exact, |th| <= 2**-8 */
    double tl = rl;
    double sg = j < 0 ? -1.0 : 1.0;
    double sh = sg * e[0], sl = sg * e[1], ch = e[2], cl = e[3];
    double t2 = th * th, t4 = t2 * t2;
    double cm1 = t2 * -0.5 + t4 * (0x1.5555555555555p-5 - t2 * 0x1.6c16c16c16c17p-10);
    double smt = th * t2 * (-0x1.5555555555555p-3 + t2 * (0x1.1111111111111p-7 - t2 * 0x1.a01a01a01a01ap-13));
    /* sin r = S cos t + C sin t, cos r = C cos t - S sin t; the products by th exact */
    double m1 = ch * th, m2 = -sh * th;
    DD s = two_sum(sh, m1), c = two_sum(ch, m2);
    s.lo = (s.lo + prod_err(ch, th, m1)) + (sl + (cl * th + ch * tl)) + ((sh * cm1 + ch * smt) - sh * th * tl);
    c.lo = (c.lo - prod_err(sh, th, -m2)) + (cl - (sl * th + sh * tl)) + ((ch * cm1 - sh * smt) - ch * th * tl);
    s = fast_two_sum(s.hi, s.lo);
    c = fast_two_sum(c.hi, c.lo);
    DD q = odd ? dd_div(c, s) : dd_div(s, c);         /* error below 2**-67 */
    double err = fabs(q.hi) * 0x1p-65;
    double a = q.hi + (q.lo + err);
    if (PYZ_LIKELY(a == q.hi + (q.lo - err))) return odd ? -a : a;
    DD cos_t, sin_t;
    sincos_t_slow(th, tl, &cos_t, &sin_t);
    DD S = {sh, sl}, C = {ch, cl};
    s = dd_add(dd_mul(S, cos_t), dd_mul(C, sin_t));
    c = dd_add(dd_mul(C, cos_t), dd_mul((DD){-sh, -sl}, sin_t));
    q = odd ? dd_div(c, s) : dd_div(s, c);
    return odd ? -(q.hi + q.lo) : q.hi + q.lo;
}

/* tan x correctly rounded (nan in, nan out; the caller raises for inf) */
double pyz_trig_tan(double x) {
    double ax = fabs(x), rh, rl;
    int quarter;
    if (PYZ_UNLIKELY(!(ax >= 0x1p-27))) return x;     /* tan x = x + x**3/3 rounds to x; nan */
    if (PYZ_UNLIKELY(isinf(x))) return x - x;
    if (ax <= 0x1.921fb54442d18p-1) {
        rh = ax;
        rl = 0.0;
        quarter = 0;
    } else if (ax < 0x1p28) {
        quarter = reduce_medium(ax, &rh, &rl);
    } else {
        quarter = reduce_huge(ax, &rh, &rl);
    }
    double r = tan_eval(rh, rl, quarter & 1);
    return x < 0 ? -r : r;
}

/* ---- atan, atan2, asin, acos: all through atan2 of two positive double-doubles */
static const double TRIG_THIRD_HI = 0x1.5555555555555p-2, TRIG_THIRD_LO = 0x1.5555555555555p-56;

/* atan(num/den) = atan(i/64) + atan u, u = (num - c den) / (den + c num), c = i/64 nearest
 * num/den (0 <= num <= den), |u| <= 2**-7 (a hair more: num/den is rounded for i) */
static DD atan_reduce(DD num, DD den, int *i) {
    double jd = round_int(num.hi / den.hi * 64.0);
    double c = jd * 0.015625;
    *i = (int)jd;
    double p = c * den.hi;
    DD n = two_sum(num.hi, -p);
    n = fast_two_sum(n.hi, n.lo - prod_err(c, den.hi, p) + (num.lo - c * den.lo));
    double p2 = c * num.hi;
    DD d = two_sum(den.hi, p2);
    d = fast_two_sum(d.hi, d.lo + prod_err(c, num.hi, p2) + (den.lo + c * num.lo));
    return dd_div(n, d);
}

/* atan(num/den), relative error below 2**-74: the series to u**13, u**3/3 with exact products */
static DD atan_fast(DD num, DD den) {
    int i;
    DD u = atan_reduce(num, den, &i);
    double uh = u.hi, s2 = uh * uh;
    double w = s2 * uh, we = prod_err(s2, uh, w) + prod_err(uh, uh, s2) * uh;   /* u**3 */
    double t3 = w * TRIG_THIRD_HI;
    double t3e = prod_err(w, TRIG_THIRD_HI, t3) + (w * TRIG_THIRD_LO + we * TRIG_THIRD_HI);
    double q5 = w * s2 * (0x1.999999999999ap-3 + s2 * (-0x1.2492492492492p-3 + s2 * (0x1.c71c71c71c71cp-4
                + s2 * (-0x1.745d1745d1746p-4 + s2 * 0x1.3b13b13b13b14p-4))));
    DD v1 = two_sum(TRIG_ATAN[i][0], uh);
    DD v2 = fast_two_sum(v1.hi, -t3);
    double lo = (v1.lo + v2.lo) + (TRIG_ATAN[i][1] + ((u.lo * (1.0 - s2) - t3e) + q5));
    return (DD){v2.hi, lo};
}

/* the same to 2**-100: the series to u**19 in double-double arithmetic */
static DD atan_slow(DD num, DD den) {
    int i;
    DD u = atan_reduce(num, den, &i);
    DD u2 = dd_mul(u, u);
    DD p = {TRIG_ATAN_SERIES[9][0], TRIG_ATAN_SERIES[9][1]};
    for (int k = 8; k >= 0; k--) p = dd_add(dd_mul(p, u2), (DD){TRIG_ATAN_SERIES[k][0], TRIG_ATAN_SERIES[k][1]});
    return dd_add((DD){TRIG_ATAN[i][0], TRIG_ATAN[i][1]}, dd_mul(p, u));
}

/* theta in [0, pi/2]: pi/2 - theta where swapped, then pi - that where x < 0 */
static DD atan2_place(DD t, bool swap, bool xneg) {
    if (swap) t = dd_add((DD){TRIG_PIO2_HI, TRIG_PIO2_LO}, (DD){-t.hi, -t.lo});
    if (xneg) t = dd_add((DD){2.0 * TRIG_PIO2_HI, 2.0 * TRIG_PIO2_LO}, (DD){-t.hi, -t.lo});
    return t;
}

/* |atan2(y, x)| correctly rounded, for a = |y| and b = |x| as double-doubles (finite,
 * not both 0); xneg: x's sign bit.  The angle is atan(num/den), num <= den, placed. */
static double atan2_mag(DD a, DD b, bool xneg) {
    bool swap = a.hi > b.hi;
    DD num = swap ? b : a, den = swap ? a : b;
    if (num.hi * 0x1p60 < den.hi) {
        /* num/den < 2**-60: atan q rounds as q (q is never within 2**-106 of a midpoint, and
         * atan q - q < q**3); pi/2 and pi are far from midpoints, so +-q rounds there at once */
        double q = num.hi / den.hi;
        if (!swap && !xneg) return q;
        DD t = atan2_place((DD){q, 0.0}, swap, xneg);
        return t.hi + t.lo;
    }
    if (den.hi > 0x1p500 || den.hi < 0x1p-500) {      /* keep the exact products in range */
        int e;
        frexp(den.hi, &e);
        double sc = ldexp(1.0, -e / 2);               /* twice: 2**-e may overflow */
        for (int k = 0; k < 2; k++) {                 /* num stays above 2**-561: normal */
            num = (DD){num.hi * sc, num.lo * sc};
            den = (DD){den.hi * sc, den.lo * sc};
        }
    }
    DD t = atan2_place(atan_fast(num, den), swap, xneg);
    double err = t.hi * 0x1p-70;
    double hi = t.hi + (t.lo + err);
    if (PYZ_LIKELY(hi == t.hi + (t.lo - err))) return hi;
    t = atan2_place(atan_slow(num, den), swap, xneg);
    return t.hi + t.lo;
}

double pyz_trig_atan(double x) {
    double ax = fabs(x);
    if (PYZ_UNLIKELY(!(ax >= 0x1p-27))) return x;     /* atan x = x - x**3/3 rounds to x; nan */
    if (PYZ_UNLIKELY(isinf(x))) return copysign(TRIG_PIO2_HI, x);
    return copysign(atan2_mag((DD){ax, 0.0}, (DD){1.0, 0.0}, false), x);
}

/* CPython's math.atan2: its own special cases (C99's), then atan2 correctly rounded */
double pyz_trig_atan2(double y, double x) {
    const double pi = 2.0 * TRIG_PIO2_HI;
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign(signbit(x) ? 0.75 * pi : 0.25 * pi, y);
        return copysign(0.5 * pi, y);
    }
    if (isinf(x) || y == 0.0) return copysign(signbit(x) ? pi : 0.0, y);
    return copysign(atan2_mag((DD){fabs(y), 0.0}, (DD){fabs(x), 0.0}, signbit(x)), y);
}

/* sqrt(1 - x*x) as a double-double, |x| <= 1: 1 - x*x is exact in double-double */
static DD sqrt_one_minus_sq(double ax) {
    double p = ax * ax;
    DD d = two_sum(1.0, -p);
    d = fast_two_sum(d.hi, d.lo - prod_err(ax, ax, p));
    if (d.hi == 0.0) return d;
    double sh = sqrt(d.hi), sq = sh * sh;
    double r = ((d.hi - sq) - prod_err(sh, sh, sq)) + d.lo;
    return fast_two_sum(sh, r / (2.0 * sh));
}

/* asin x = atan2(x, sqrt(1 - x*x)), |x| <= 1 (the caller raises outside), nan: nan */
double pyz_trig_asin(double x) {
    double ax = fabs(x);
    if (PYZ_UNLIKELY(!(ax >= 0x1p-27))) return x;     /* asin x = x + x**3/6 rounds to x; nan */
    DD s = sqrt_one_minus_sq(ax);
    if (s.hi == 0.0) return copysign(TRIG_PIO2_HI, x);
    return copysign(atan2_mag((DD){ax, 0.0}, s, false), x);
}

/* acos x = atan2(sqrt(1 - x*x), x), |x| <= 1 */
double pyz_trig_acos(double x) {
    if (PYZ_UNLIKELY(isnan(x))) return x;
    if (x == 1.0) return 0.0;
    DD s = sqrt_one_minus_sq(fabs(x));
    if (s.hi == 0.0) return 2.0 * TRIG_PIO2_HI;       /* x = -1 */
    return atan2_mag(s, (DD){fabs(x), 0.0}, signbit(x));
}

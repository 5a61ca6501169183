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
 * q = num/den <= 1 in double-double (one division; none for atan of |x| <= 1), c = i/64
 * nearest q, atan(c + h) by its Taylor polynomial at c (|h| <= 2**-7, error 2**-67), then
 * pi/2 - . and pi - . for the octant; Ziv's test at 2**-66, else atan(c) + atan u with
 * u = (num - c den)/(den + c num) by its series in double-double (2**-100).
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

static const double TRIG_ATAN_TAYLOR[65][13] = {  /* atan(c) hi, lo, atan'(c) hi, lo, then a2..a10 */
    {0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0, -0x1.5555555555555p-2, 0x0.0p+0, 0x1.999999999999ap-3, 0x0.0p+0, -0x1.2492492492492p-3, 0x0.0p+0, 0x1.c71c71c71c71cp-4, 0x0.0p+0},
    {0x1.fff555bbb729bp-7, -0x1.220c39d4dff50p-61, 0x1.ffe001ffe0020p-1, -0x1.ffe001ffe0020p-61, -0x1.ffc005ff800a0p-7, -0x1.54d56953003c0p-2, 0x1.ff601bfc406dfp-7, 0x1.981a09849cb13p-3, -0x1.fed5a944d7f05p-7, -0x1.229338e29faefp-3, 0x1.fe20c5ca6b2a1p-7, 0x1.c21fe079cb142p-4, -0x1.fd418fd78c5a3p-7},
    {0x1.ffd55bba97625p-6, -0x1.5ec431444912cp-60, 0x1.ff801ff801ff8p-1, 0x1.ff801ff801ff8p-61, -0x1.ff005fe009fd0p-6, -0x1.535694c03bea0p-2, 0x1.fd81bf106dd29p-6, 0x1.93a0945cb009fp-3, -0x1.fb5a9137ef3f6p-6, -0x1.1ca138b1f15e5p-3, 0x1.f88c52a3243fcp-6, 0x1.b3531eb58605ap-4, -0x1.f518e2cc41b0ap-6},
    {0x1.7fb818430da2ap-5, -0x1.86ef8f794f105p-63, 0x1.fee0a1a513254p-1, -0x1.3c4e1414b45a9p-55, -0x1.7e516b6f5fb61p-5, -0x1.50dba2b652209p-2, 0x1.7bce9d05eab95p-5, 0x1.8c3cce1b89dc7p-3, -0x1.7833cbf47e098p-5, -0x1.12dd7e8827ec8p-3, 0x1.73868acdf7c56p-5, 0x1.9b2f347db0a29p-4, -0x1.6dcdd5b82ad47p-5},
    {0x1.ff55bb72cfdeap-5, -0x1.c934d86d23f1dp-60, 0x1.fe01fe01fe020p-1, -0x1.fe01fe01fe020p-57, -0x1.fc05f809f40dfp-5, -0x1.4d69303ba878bp-2, 0x1.f61bc46d4b167p-5, 0x1.82084cab634d0p-3, -0x1.eda84feb05beap-5, -0x1.057e3669247d6p-3, 0x1.e2c2b10d370ecp-5, 0x1.7a77ef4ff3f8fp-4, -0x1.d5879be0af0e6p-5},
    {0x1.3f59f0e7c559dp-4, 0x1.ac4ce285df847p-58, 0x1.fce4da6ab93e9p-1, -0x1.be46b18a97736p-57, -0x1.3c2114d22b635p-4, -0x1.49059c4d74033p-2, 0x1.36662c0896a7cp-4, 0x1.75261a13a97a2p-3, -0x1.2e4315fdd1509p-4, -0x1.e99996e52db32p-4, 0x1.23da4b0a71e9fp-4, 0x1.52335e3bc8178p-4, -0x1.175631ce245f4p-4},
    {0x1.7ee182602f10fp-4, -0x1.cfb654c0c3d98p-58, 0x1.fb8a096acfaccp-1, -0x1.2962e18495af3p-55, -0x1.7956846635c89p-4, -0x1.43b8f2037b997p-2, 0x1.6f8857900c4eep-4, 0x1.65c1f4409ba0ep-3, -0x1.61b651d176e0cp-4, -0x1.c24738ad65152p-4, 0x1.5033f7bc246c1p-4, 0x1.239e96db30b46p-4, -0x1.3b66af01bca60p-4},
    {0x1.be39ebe6f07c3p-4, 0x1.f7b8f29a05987p-58, 0x1.f9f2893bb9192p-1, 0x1.8260b7cd1bdabp-56, -0x1.b578772759741p-4, -0x1.3d8ccd45bbe91p-2, 0x1.a61404fa31d26p-4, 0x1.540f60668fd66p-3, -0x1.9092dcb2f6e8fp-4, -0x1.95d668d902073p-4, 0x1.75a3e99c53d16p-4, 0x1.e040c8f475e61p-5, -0x1.56183e072a50fp-4},
    {0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59, 0x1.f81f81f81f820p-1, -0x1.f81f81f81f820p-55, -0x1.f05e09d0dc11bp-4, -0x1.368c3aa76e1d7p-2, 0x1.d9b16b391c2e3p-4, 0x1.4048994488c86p-3, -0x1.ba55da98401c8p-4, -0x1.652e4e5127e64p-4, 0x1.93943442e53aep-4, 0x1.7275386286f75p-5, -0x1.66ee6cd9fe96fp-4},
    {0x1.1e1fafb043727p-3, -0x1.b485914dacf8cp-59, 0x1.f612438a14f5ep-1, 0x1.98e9e001f6124p-56, -0x1.14f0459d3fb7cp-3, -0x1.2ec3931219b34p-2, 0x1.0509268736312p-3, 0x1.2aad607eca5ecp-3, -0x1.de969e19fe31cp-4, -0x1.31455db6b9127p-4, 0x1.a9a62f53dd9eep-4, 0x1.00f5ba8e4ede0p-5, -0x1.6dce8d02714ffp-4},
    {0x1.3d6eee8c6626cp-3, 0x1.61a3b0ce9281bp-57, 0x1.f3cc435b0713cp-1, 0x1.1d0a7e69ea094p-55, -0x1.30eddb7d169f0p-3, -0x1.264053fd62b3cp-2, 0x1.1b795e8e57ee3p-3, 0x1.1381bbe93b8e5p-3, -0x1.fd07f394e1bf7p-4, -0x1.f634c37bb5315p-5, 0x1.b7b30e501e57bp-4, 0x1.1dae120503792p-6, -0x1.6afc07ec85d9bp-4},
    {0x1.5c9811e3ec26ap-3, -0x1.054ab2c010f3dp-58, 0x1.f14f19cce28ebp-1, -0x1.b7c252708cd6ep-55, -0x1.4c16f42678d07p-3, -0x1.1d10f4fccc153p-2, 0x1.300cd74979f8cp-3, 0x1.f6194fbe70208p-4, -0x1.0abc54b1c266fp-3, -0x1.875b23b74e858p-5, 0x1.bdca692e46f11p-4, 0x1.f0b179de94aefp-9, -0x1.5f1053244a013p-4},
    {0x1.7b97b4bce5b02p-3, 0x1.347b0b4f881cap-58, 0x1.ee9c7f8458e02p-1, -0x1.163807ba71fe1p-57, -0x1.665c226d69eebp-3, -0x1.1344bb737e8f3p-2, 0x1.42aca8b929b0bp-3, 0x1.c32d8f683981cp-4, -0x1.13e9ad22d5eccp-3, -0x1.17f3ed35c8c33p-5, 0x1.bc2ee2a73307ep-4, -0x1.2ee042bddc834p-7, -0x1.4aef3c93c1534p-4},
    {0x1.9a6a8e96c8626p-3, 0x1.cf601e7b4348ep-59, 0x1.ebb64a8c932d7p-1, 0x1.0538d79aae302p-61, -0x1.7faf6f88295fep-3, -0x1.08eb8d3f5a07bp-2, 0x1.53479d6814372p-3, 0x1.8ed239c562d77p-4, -0x1.1a0ec2cdd89fdp-3, -0x1.53bd4fec9df82p-6, 0x1.b3512d9d3f0f6p-4, -0x1.5e1ab4534ccf5p-6, -0x1.2fb8741e17632p-4},
    {0x1.b90d7529260a2p-3, 0x1.17b10d2e0e5abp-61, 0x1.e89e6b5ccf172p-1, 0x1.20357153be26ap-55, -0x1.980467f79bfd6p-3, -0x1.fc2b8650d32f4p-3, 0x1.61d22d625e475p-3, 0x1.599799e54f300p-4, -0x1.1d3b0365c2b85p-3, -0x1.f6cc90afb6b97p-8, 0x1.a3c9c28035c12p-4, -0x1.08f0d8331488ap-5, -0x1.0eb751c5fcd04p-4},
    {0x1.d77d5df205736p-3, 0x1.c648d1534597ep-57, 0x1.e556e9c86d7c6p-1, -0x1.30c2534c9abfdp-55, -0x1.af50242f10c89p-3, -0x1.e5a7f7b1596d9p-3, 0x1.6e466171949b1p-3, 0x1.2409fa3d6f244p-4, -0x1.1d8980dceacbfp-3, 0x1.3c3b6dc715080p-8, 0x1.8e519f78687abp-4, -0x1.57cac6b1251ecp-5, -0x1.d2a3bb4170164p-5},
    {0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57, 0x1.e1e1e1e1e1e1ep-1, 0x1.e1e1e1e1e1e1ep-57, -0x1.c5894d10d4986p-3, -0x1.ce6de0253d27ep-3, 0x1.78a3a08d88b02p-3, 0x1.dd5f26a622b44p-5, -0x1.1b1faecd7c4e0p-3, 0x1.0fc3e1fc8b549p-6, 0x1.73ba725728acfp-4, -0x1.9a753eeba051fp-5, -0x1.81f0251c71d2ap-5},
    {0x1.09dc597d86362p-2, 0x1.62e47390cb865p-56, 0x1.de4180d8b5ae6p-1, 0x1.1929823f66cf0p-56, -0x1.daa81c655a596p-3, -0x1.b69e91974fd6cp-3, 0x1.80ee69dcd2641p-3, 0x1.740d764b143bep-5, -0x1.162bf4b6b7330p-3, 0x1.c21477a20d203p-6, 0x1.54e68a0d6b625p-4, -0x1.d03cd7b6e81adp-5, -0x1.2e2871a0cf67ep-5},
    {0x1.18bf5a30bf178p-2, 0x1.30ca4748b1bf9p-57, 0x1.da7801da7801ep-1, -0x1.61ff8961ff896p-55, -0x1.eea659814cb11p-3, -0x1.9e5aef76f9fa1p-3, 0x1.872ffdf090624p-3, 0x1.0d08b83fe02bcp-5, -0x1.0ee4231b98637p-3, 0x1.320e65b309f28p-5, 0x1.32c0e755cbc43p-4, -0x1.f8dca5dea1ddbp-5, -0x1.b3f437b8c43d8p-6},
    {0x1.278372057ef46p-2, -0x1.077cdd36dfc81p-56, 0x1.d687aafdfd5bap-1, -0x1.82e68e19d8d3dp-56, -0x1.00bfa92db6fdbp-2, -0x1.85c325b640da2p-3, 0x1.8b75fa1da32d2p-3, 0x1.524adee810d60p-6, -0x1.0583d95a69deap-3, 0x1.7a3792b4d3decp-5, 0x1.0e35ba3290dfep-4, -0x1.0a3b219e12287p-4, -0x1.0fa9007883500p-6},
    {0x1.362773707ebccp-2, -0x1.963a544b672d8p-57, 0x1.d272ca3fc5b1ap-1, 0x1.ae01d272ca3fcp-55, -0x1.0997e8aec9d8ep-2, -0x1.6cf6666d5c0ffp-3, 0x1.8dd1e8f2617b5p-3, 0x1.2483b33966883p-7, -0x1.f495d2b05b16bp-4, 0x1.b9096074fdeafp-5, 0x1.d05719c4605c9p-5, -0x1.11c35280318fdp-4, -0x1.ceb9120a724bep-8},
    {0x1.44aa436c2af0ap-2, -0x1.5d5e43c55b3bap-56, 0x1.ce3bb295c0773p-1, -0x1.26fd591851b41p-55, -0x1.11db08221a582p-2, -0x1.5412aeb9ef661p-3, 0x1.8e58cacc06b3ap-3, -0x1.25ff7cfe3f01ep-9, -0x1.daf789dae4b1cp-4, 0x1.ee3fb8e4e3e16p-5, 0x1.82fa9c2c60fedp-5, -0x1.136c4e13555d9p-4, 0x1.c74f3de9d1831p-10},
    {0x1.530ad9951cd4ap-2, -0x1.2566480884082p-57, 0x1.c9e4b91ff8d87p-1, -0x1.723ff1b0da370p-56, -0x1.1988d432f5908p-2, -0x1.3b3493403e07cp-3, 0x1.8d22997d0e938p-3, -0x1.a3464c2fe9cdep-7, -0x1.beb3fefb6f244p-4, 0x1.0ce5a39e67c0bp-4, 0x1.35eab93b4fb73p-5, -0x1.0fbaef4d86f78p-4, 0x1.3bfddd37ba6b1p-7},
    {0x1.614840309cfe2p-2, -0x1.a725715711f00p-56, 0x1.c570327afd9ebp-1, 0x1.3c2abb32c1d72p-57, -0x1.20a1c06000419p-2, -0x1.22771486ad2c8p-3, 0x1.8a49c9d027817p-3, -0x1.73831eaabcb23p-6, -0x1.a051d8c46fbcep-4, 0x1.1de669132e9ccp-4, 0x1.d5269d48d5d65p-6, -0x1.074bb712354a4p-4, 0x1.0ef6551a55039p-6},
    {0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56, 0x1.c0e070381c0e0p-1, 0x1.c0e070381c0e0p-55, -0x1.2726dd135c174p-2, -0x1.09f37b38cc8cfp-3, 0x1.85eacd7da413cp-3, -0x1.04d6980fcc815p-5, -0x1.8054c1df326f9p-4, 0x1.2a47e082bda60p-4, 0x1.446397091d5a4p-6, -0x1.f5961e072e48cp-5, 0x1.6e2448b00bbfdp-6},
    {0x1.7d5604b63b3f7p-2, 0x1.69c885c2b249ap-56, 0x1.bc37be7ec7a8dp-1, -0x1.f12462b0e2727p-57, -0x1.2d19ccfbdd7fap-2, -0x1.e382786f8309bp-4, 0x1.802397e6de8dep-3, -0x1.49cf94f6d8017p-5, -0x1.5f3b3de917e27p-4, 0x1.324208e455cc2p-4, 0x1.77470b9fc88fep-7, -0x1.d5dbdc6b10536p-5, 0x1.bb070147d2bd5p-6},
    {0x1.8b24d394a1b25p-2, 0x1.b6d0ba3748fa8p-56, 0x1.b77861d9cdc98p-1, -0x1.2e22c345bd7a8p-57, -0x1.327cb9d57b8f5p-2, -0x1.b3ebc8761b154p-4, 0x1.7913279f68c54p-3, -0x1.888285872d73cp-5, -0x1.3d7cd567be750p-4, 0x1.361c00a24fc71p-4, 0x1.e4b7a46aa98b6p-9, -0x1.b0d643bad3a76p-5, 0x1.f5beada74e507p-6},
    {0x1.98cd5454d6b18p-2, 0x1.9e6c988fd0a77p-56, 0x1.b2a495323eb6ap-1, -0x1.7220270cc9678p-58, -0x1.375248cd58cc4p-2, -0x1.854a154d5f784p-4, 0x1.70d9167aa0c46p-3, -0x1.c0db0d0665a46p-5, -0x1.1b889b428e30dp-4, 0x1.3628d134448b0p-4, -0x1.bbbc167619c9cp-9, -0x1.87ead53e1f653p-5, 0x1.0f7b2bdc4928dp-5},
    {0x1.a64eec3cc23fdp-2, -0x1.24dec1b50b7ffp-56, 0x1.adbe87f94905ep-1, 0x1.adbe87f94905ep-61, -0x1.3b9d8eab54af9p-2, -0x1.57c09645a7f9ep-4, 0x1.67953180938f2p-3, -0x1.f2d8bff0ea012p-5, -0x1.f388166c7250cp-5, 0x1.32c44c95ff694p-4, -0x1.3f3f025d7ff49p-7, -0x1.5c6d1b848e1d1p-5, 0x1.1be53ebc410dcp-5},
    {0x1.b3a911da65c6cp-2, 0x1.ae187b1ca5040p-56, 0x1.a8c85c81a2254p-1, -0x1.3c1918d67728bp-55, -0x1.3f6203e8218e0p-2, -0x1.2b6e8adb5f398p-4, 0x1.5d6719d9e25fcp-3, -0x1.0f46a19cc29a0p-4, -0x1.b1147c1a69750p-5, 0x1.2c5012c826e6bp-4, -0x1.f6a95cbc1b186p-7, -0x1.2f96d2de89811p-5, 0x1.20d7737cd042bp-5},
    {0x1.c0db4c94ec9f0p-2, -0x1.cc1ce70934c34p-56, 0x1.a3c4268881898p-1, 0x1.f907fe5c3bd97p-55, -0x1.42a378d38076dp-2, -0x1.006f45a36f1bdp-4, 0x1.526def7221a2ap-3, -0x1.220d267b0229ap-4, -0x1.7056dc74d0c66p-5, 0x1.2330d0ff472e2p-4, -0x1.4a5e99cb74216p-6, -0x1.02821992b9e1fp-5, 0x1.1f2a84fa0a7c8p-5},
    {0x1.cde53432c1351p-2, -0x1.a2cfa4418f1adp-56, 0x1.9eb3e9edacaccp-1, -0x1.942c587d23ca5p-55, -0x1.456609eaa285dp-2, -0x1.adb4828319af3p-5, 0x1.46c805c4ee7c2p-3, -0x1.31d7ca73bc33fp-4, -0x1.31d98b8a731f5p-5, 0x1.17cbc798f7481p-4, -0x1.8ccf3f977e9cap-6, -0x1.ac4b236ea1578p-6, 0x1.17ca051196434p-5},
    {0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56, 0x1.999999999999ap-1, -0x1.999999999999ap-55, -0x1.47ae147ae147bp-2, -0x1.5d867c3ece2a5p-5, 0x1.3a92a30553261p-3, -0x1.3ec460ed80a18p-4, -0x1.ec21b514d88d8p-6, 0x1.0a849f929a833p-4, -0x1.c2f8b88dfb80cp-6, -0x1.56a498245bf09p-6, 0x1.0ba9908c71945p-5},
    {0x1.e77eb7f175a34p-2, 0x1.0e53dc1bf3435p-56, 0x1.9477169044ba4p-1, -0x1.d53e292d5fbc1p-56, -0x1.49802ba91fd89p-2, -0x1.1074cf33546d5p-5, 0x1.2de9c99222665p-3, -0x1.48f5afa031cb1p-4, -0x1.7ab74bc0c6420p-6, 0x1.f7772876d0f75p-5, -0x1.ed628e431fc96p-6, -0x1.05668c64515ecp-6, 0x1.f776f5280c0c4p-6},
    {0x1.f40dd0b541418p-2, -0x1.a3992dc382a23p-57, 0x1.8f4e2f2efd135p-1, -0x1.4c3c0d4218911p-56, -0x1.4ae10df24b2d1p-2, -0x1.8d31fd7365f3fp-6, 0x1.20e80b7567664p-3, -0x1.5092724d80dddp-4, -0x1.100881b0516abp-6, 0x1.d797e4a356567p-5, -0x1.065f8e14758edp-5, -0x1.7338f73d2f6bbp-7, 0x1.d1d2295d62336p-6},
    {0x1.0039c73c1a40cp-1, -0x1.b32c949c9d593p-55, 0x1.8a209e931fcd3p-1, 0x1.cb8f08e68c94cp-57, -0x1.4bd59b35ad2d8p-2, -0x1.000c36dc339efp-6, 0x1.13a667812ee2dp-3, -0x1.55c46b5955c9cp-4, -0x1.5906b0fd2b503p-7, 0x1.b615d577de2dap-5, -0x1.10f0aa34d31ecp-5, -0x1.d02cbefe48ad0p-8, 0x1.a8193add71bf1p-6},
    {0x1.0657e94db30d0p-1, -0x1.d5b495f6349e6p-56, 0x1.84f00c2780614p-1, -0x1.fe7b0ff3d87fap-56, -0x1.4c62cb562c625p-2, -0x1.e6495b3a4bcb7p-8, 0x1.063c2f78c0dc4p-3, -0x1.58b78459eb443p-4, -0x1.41c831386e6b4p-8, 0x1.938d6944ff706p-5, -0x1.16d9966ad4037p-5, -0x1.a9b1a01fc736ap-9, 0x1.7bd993ed938c9p-6},
    {0x1.0c6145b5b43dap-1, 0x1.974fa13b5404fp-58, 0x1.7fbe0b560d35cp-1, -0x1.4f066ae5a0887p-55, -0x1.4c8da57c2e1cbp-2, 0x1.8b34161c69f3cp-12, 0x1.f17ded351e8edp-4, -0x1.599900e77234cp-4, 0x1.006ef99f594eep-12, 0x1.708bf1a75a6ccp-5, -0x1.1896731a471d5p-5, 0x1.4cc7e59bf0521p-13, 0x1.4e739b06e1f19p-6},
    {0x1.1255d9bfbd2a9p-1, -0x1.2bdaee1c0ee35p-58, 0x1.7a8c1b5b1ffa1p-1, 0x1.73e4a4e005ea3p-55, -0x1.4c5b37fead5b8p-2, 0x1.fcb3101e4c970p-8, 0x1.d6850f983ecf1p-4, -0x1.5896c532f49b6p-4, 0x1.432e2eaefcf7fp-8, 0x1.4d8efe1db38f0p-5, -0x1.16a6a7c5c9defp-5, 0x1.9a7427b6fe5d0p-9, 0x1.21176c5fd4aeep-6},
    {0x1.1835a88be7c13p-1, 0x1.c621cec00c301p-55, 0x1.755ba737d49cap-1, -0x1.abaf3d4cb44c6p-55, -0x1.4bd090f73c4b3p-2, 0x1.e2e4f8920477fp-7, 0x1.bbb1c53aaefa0p-4, -0x1.55deb13f5f619p-4, 0x1.2bf14e675741ep-7, 0x1.2b042a05e0ebfp-5, -0x1.11898bf95c5c1p-5, 0x1.73fafe421ee51p-8, 0x1.e987bb2451595p-7},
    {0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58, 0x1.702e05c0b8170p-1, 0x1.702e05c0b8170p-56, -0x1.4af2b78215a76p-2, 0x1.5d0b7e9e4a9d0p-6, 0x1.a1247ca629942p-4, -0x1.519e1100385b4p-4, 0x1.a759232616ed8p-7, 0x1.09494cda1223ap-5, -0x1.09bb9a5a5c251p-5, 0x1.ff915f489d8bap-8, 0x1.948ec86fd3040p-7},
    {0x1.23b71e2cc9e6ap-1, 0x1.c421c9f38224ep-57, 0x1.6b0479c620595p-1, 0x1.867df07d7f0c2p-55, -0x1.49c6a5a920887p-2, 0x1.c20cfbb7e5931p-6, 0x1.86fa2451c4a5dp-4, -0x1.4c012120917dap-4, 0x1.0a1da6b9c3fadp-6, 0x1.d159f708543e5p-6, -0x1.ff6856d929bcep-6, 0x1.38ac0d0361a66p-7, 0x1.4484f04991a4bp-7},
    {0x1.2958e59308e31p-1, -0x1.09e73b0c6c087p-56, 0x1.65e032538713cp-1, -0x1.0139242c09163p-57, -0x1.485142f6d4575p-2, 0x1.104979386fd1dp-5, 0x1.6d4c43fc6c180p-4, -0x1.4532a7ca4cfd0p-4, 0x1.3991d90eb1d30p-6, 0x1.92de946163051p-6, -0x1.e7c762de874ffp-6, 0x1.65806fc0c1cb2p-7, 0x1.f4ac3b1bed19fp-8},
    {0x1.2ee628406cbcap-1, 0x1.c5d5e9ff0cf8dp-55, 0x1.60c24b0350d38p-1, 0x1.1ffe9f3db4fcbp-55, -0x1.46975fac420bdp-2, 0x1.3c5fad098b4eep-5, 0x1.54311d57c5b53p-4, -0x1.3d5ba071017e0p-4, 0x1.625b9f11b08a7p-6, 0x1.57857e25bbc6fp-6, -0x1.cd64d7384981fp-6, 0x1.873d73da3b8d5p-7, 0x1.6d43573946a29p-8},
    {0x1.345f01cce37bbp-1, 0x1.1021137c71102p-55, 0x1.5babcc647fa91p-1, 0x1.4339b8056eaf3p-55, -0x1.449db094286d0p-2, 0x1.655caac4cf102p-5, 0x1.3bbbd2933dd9cp-4, -0x1.34a2f9636afc9p-4, 0x1.84d71a2400f6fp-6, 0x1.1f9acfcc53cabp-6, -0x1.b0ff09ec31ef1p-6, 0x1.9eee3b1615b05p-7, 0x1.e70ef159fe3f0p-9},
    {0x1.39c391cd4171ap-1, -0x1.2304331d8bf46p-55, 0x1.569dac6feb417p-1, 0x1.03ce50625e450p-55, -0x1.4268cb6bde980p-2, 0x1.8b56386705749p-5, 0x1.23fc9171a8768p-4, -0x1.2b2d61b8904fdp-4, 0x1.a1677ca70ce88p-6, 0x1.d6a8162963581p-7, -0x1.9341232c353bbp-6, 0x1.ada7ad7354ec0p-7, 0x1.0f7ba54d41c16p-9},
    {0x1.3f13fb89e96f4p-1, 0x1.ecf8b492644f0p-56, 0x1.5198cf0ab6f99p-1, 0x1.1b8755e1ffabap-56, -0x1.3ffd23da059f4p-2, 0x1.ae63f4c5d36dcp-5, 0x1.0d00c1b178adap-4, -0x1.211d261093929p-4, 0x1.b874b30c5dd59p-6, 0x1.75a50b0b899edp-7, -0x1.74c2b9c404912p-6, 0x1.b4803d3249a4dp-7, 0x1.4e5e3e11efa33p-11},
    {0x1.445065b795b56p-1, -0x1.f76d0163f79c8p-56, 0x1.4c9e0693e0015p-1, -0x1.b0fcb60fff59bp-56, -0x1.3d5f08ea521a8p-2, 0x1.ce9f01d4b9b62p-5, 0x1.eda66b5db8847p-5, -0x1.16921a92559e3p-4, 0x1.ca69513b2a17dp-6, 0x1.1c4bb355982b3p-7, -0x1.5607f65bec936p-6, 0x1.b48924e349f67p-7, -0x1.35b505c3aa961p-11},
    {0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56, 0x1.47ae147ae147bp-1, -0x1.eb851eb851eb8p-57, -0x1.3a92a30553261p-2, 0x1.ec21b514d88d8p-5, 0x1.c2f8b88dfb80cp-5, -0x1.0ba9908c71945p-4, 0x1.d7b0c3d79f13fp-6, 0x1.95393357dfc67p-8, -0x1.378223aa97829p-6, 0x1.aec90a8b90db0p-7, -0x1.a9b62ef307e0dp-10},
    {0x1.4e8de5bb6ec04p-1, 0x1.4a33dbeb3796cp-55, 0x1.42c9a9dd8fdc1p-1, 0x1.192daaf80050bp-58, -0x1.379bf25adf97fp-2, 0x1.0383a724dbb01p-4, 0x1.9a04e646e65dfp-5, -0x1.007e562771c79p-4, 0x1.e0b5c37a45544p-6, 0x1.00fc754993092p-8, -0x1.1990937534c25p-6, 0x1.a437eae51732ap-7, -0x1.445369e08d5b8p-9},
    {0x1.538f57b89061fp-1, -0x1.1bb74abda520cp-55, 0x1.3df1682b78014p-1, -0x1.074bea43ff610p-56, -0x1.347ecdb5be2e4p-2, 0x1.0fb5da3a11be4p-4, 0x1.72d3716778170p-5, -0x1.ea517d4cdbd49p-5, 0x1.e5e106bc61b6fp-6, 0x1.ee0afd0517524p-10, -0x1.f90384f2ec799p-7, 0x1.95bc2a9aaa5bbp-7, -0x1.9db547a33f95fp-9},
    {0x1.587d81f732fbbp-1, -0x1.5e5c9d8c5a950p-56, 0x1.3925e1cd28c98p-1, 0x1.c84431ffec6dap-55, -0x1.313ee1af2c622p-2, 0x1.1ab59c7f683c3p-4, 0x1.4d693a7039179p-5, -0x1.d37d6391400b3p-5, 0x1.e7982f2148a36p-6, 0x1.12956b6df63cap-14, -0x1.c1294fbd0f7eep-7, 0x1.8428a8b0b0a0ep-7, -0x1.e305809d0ab52p-9},
    {0x1.5d58987169b18p-1, 0x1.0028e4bc5e7cap-57, 0x1.34679ace01346p-1, 0x1.e6b3804d19e6bp-55, -0x1.2ddfb03913da2p-2, 0x1.2491307b46905p-4, 0x1.29c7e4b96b773p-5, -0x1.bca781f071f44p-5, 0x1.e63cec4b7b7c4p-6, -0x1.9529a125f35b0p-10, -0x1.8bf43ed369b2bp-7, 0x1.703bac97185cdp-7, -0x1.0b2d44f8f2b6ep-8},
    {0x1.6220d115d7b8ep-1, -0x1.2b785350ee8c1p-57, 0x1.2fb7098736048p-1, 0x1.7a7514df7c4fap-55, -0x1.2a64907603054p-2, 0x1.2d56da0cac592p-4, 0x1.07ee31fa53ce5p-5, -0x1.a5f2821eb5271p-5, 0x1.e22c508df7f4fp-6, -0x1.83dca107b528fp-9, -0x1.59acc0a22f693p-7, 0x1.5a9e8b39536bap-7, -0x1.1ce5fbe408e44p-8},
    {0x1.66d663923e087p-1, -0x1.6ea6febe8bbbap-56, 0x1.2b14974aea886p-1, 0x1.68ffda9d6d16ap-55, -0x1.26d0aed65571ep-2, 0x1.3514c8be1339fp-4, 0x1.cfb0b300f8f9bp-6, -0x1.8f7ccf34b004fp-5, 0x1.dbbe51bd3bde0p-6, -0x1.126379bf7dcebp-8, -0x1.2a84ea146e5b2p-7, 0x1.43e5e05f2718ep-7, -0x1.27b2a6e3d62b3p-8},
    {0x1.6b798920b3d99p-1, -0x1.a80386188c50ep-55, 0x1.2680a10e5813ep-1, -0x1.f54972242a6bcp-55, -0x1.23270d725fa1cp-2, 0x1.3bd904bf2f124p-4, 0x1.9300b53ea1533p-6, -0x1.7960d53a4e537p-5, 0x1.d345711f5f086p-6, -0x1.5776019baa1dap-8, -0x1.fd36ab2a2ca7ep-8, 0x1.2c923c7a02081p-7, -0x1.2c8debce66e52p-8},
    {0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56, 0x1.21fb78121fb78p-1, 0x1.21fb78121fb78p-57, -0x1.1f6a8499e4889p-2, 0x1.41b15e5decb17p-4, 0x1.59bc940a374b5p-6, -0x1.63b54400d3c9ap-5, 0x1.c90e857717232p-6, -0x1.91f786bfa704ep-8, -0x1.abfbc643da6ddp-8, 0x1.15112a418ed31p-7, -0x1.2c6398bf559bfp-8},
    {0x1.748978fba8e0fp-1, 0x1.7b2a6165884a1p-59, 0x1.1d856287ffb8ap-1, -0x1.58a1ffee27a9dp-57, -0x1.1b9dc39195240p-2, 0x1.46ab5fd4fa866p-4, 0x1.23d13384eda2cp-6, -0x1.4e8d53cff324cp-5, 0x1.bd60a25b0d0adp-6, -0x1.c2bb4e063d1e6p-8, -0x1.61589dcb54dd5p-8, 0x1.fb7ce61077b85p-8, -0x1.280e12938fca6p-8},
    {0x1.78f6bbd5d315ep-1, 0x1.406a089803740p-55, 0x1.191e9c35424cap-1, -0x1.fa3c1f4be863fp-55, -0x1.17c35177d9a85p-2, 0x1.4ad44144fffaep-4, 0x1.e2516fb2b5523p-7, -0x1.39f90aa1cc641p-5, 0x1.b07d185304289p-6, -0x1.ea930756fd193p-8, -0x1.1d352e2a9a0dep-8, 0x1.cdcb1886fc912p-8, -0x1.2054c036bffbap-8},
    {0x1.7d528289fa093p-1, 0x1.560821e2f3aa9p-55, 0x1.14c75711551bbp-1, -0x1.0c88e71970f2cp-55, -0x1.13dd8e4aa5095p-2, 0x1.4e38dead4c211p-4, 0x1.8355ff6b74576p-7, -0x1.260580de0faaap-5, 0x1.a29f8989371f0p-6, -0x1.052612b085d9ap-7, -0x1.beccb2511c555p-9, 0x1.a186387b9d333p-8, -0x1.15eb475d0e624p-8},
    {0x1.819d0b7158a4dp-1, -0x1.bf76229d3b917p-56, 0x1.107fbbe011080p-1, -0x1.107fbbe011080p-55, -0x1.0feeb40894fcdp-2, 0x1.50e5afb9125f7p-4, 0x1.2a7c2843ba55ap-7, -0x1.12bd24b4ae875p-5, 0x1.93fe0f3b1b1eep-6, -0x1.1156dd4c2083bp-7, -0x1.4f63b0c35aa9cp-9, 0x1.770d0e5d0462fp-8, -0x1.097172647f464p-8},
    {0x1.85d69576cc2c5p-1, 0x1.6b66e7fc8b8c3p-57, 0x1.0c47eac74fadcp-1, -0x1.035f877bb1887p-55, -0x1.0bf8d7e8202a9p-2, 0x1.52e6c13725c73p-4, 0x1.af1a37d9c2711p-8, -0x1.0027fb643d11fp-5, 0x1.84c96c756b7d7p-6, -0x1.1a3b66c3ca3aep-7, -0x1.d747013459246p-10, 0x1.4ea6f1e70d9a4p-8, -0x1.f6e735ded322cp-9},
    {0x1.89ff5ff57f1f8p-1, -0x1.55b9a5e177a1bp-55, 0x1.081ffbdf80108p-1, 0x1.ffbdf80108200p-57, -0x1.07fdeba010928p-2, 0x1.5447b0136e69fp-4, 0x1.149fc55103947p-8, -0x1.dc97bfbe9a2eep-6, 0x1.752d4b08adda9p-6, -0x1.202e8b540d106p-7, -0x1.25de5859de3e9p-10, 0x1.2886c4afd9f21p-8, -0x1.d8d6f1ff313bcp-9},
    {0x1.8e17aa99cc05ep-1, -0x1.ec182ab042f61p-56, 0x1.0407ffbefe001p-1, 0x1.01ffefbf80041p-59, -0x1.03ffbebd00209p-2, 0x1.5513a5aaf6d91p-4, 0x1.0a27fc6ac4038p-9, -0x1.ba597ccd6032ap-6, 0x1.65508002bb974p-6, -0x1.23860d2d1068bp-7, -0x1.1277e666265bcp-11, 0x1.04cdc656b66eap-8, -0x1.b982755927a4fp-9},
    {0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55, 0x1.0000000000000p-1, 0x0.0p+0, -0x1.0000000000000p-2, 0x1.5555555555555p-4, 0x0.0p+0, -0x1.999999999999ap-6, 0x1.5555555555555p-6, -0x1.2492492492492p-7, 0x0.0p+0, 0x1.c71c71c71c71cp-9, -0x1.999999999999ap-9},
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

/* atan(num/den), relative error below 2**-67: q = num/den in double-double (no division
 * when den = 1), c = i/64 nearest q, atan(c + h) by its Taylor polynomial at c to h**10
 * (|h| <= 2**-7), the terms in h and h**2 from exact products */
static DD atan_fast(DD num, DD den) {
    DD q = (den.hi == 1.0 && den.lo == 0.0) ? num : dd_div(num, den);
    double jd = round_int(q.hi * 64.0);
    const double *a = TRIG_ATAN_TAYLOR[(int)jd];
    DD h = two_sum(q.hi - jd * 0.015625, q.lo);       /* q.hi - c exact (Sterbenz, or c = 0) */
    double hh = h.hi, m = a[2] * hh;
    double sq = hh * hh, sqe = prod_err(hh, hh, sq);
    double t2 = a[4] * sq, t2e = prod_err(a[4], sq, t2) + a[4] * sqe;
    double tail = hh * sq * (a[5] + hh * (a[6] + hh * (a[7] + hh * (a[8] + hh * (a[9] + hh * (a[10]
                  + hh * (a[11] + hh * a[12])))))));
    DD s = two_sum(a[0], m);
    DD s2 = fast_two_sum(s.hi, t2);
    double lo = (s.lo + s2.lo) + (prod_err(a[2], hh, m) + a[1])
                + ((a[3] * hh + a[2] * h.lo) + ((2.0 * a[4] * hh * h.lo + t2e) + tail));
    return (DD){s2.hi, lo};
}

/* the same to 2**-100: the series to u**19 in double-double arithmetic */
static DD atan_slow(DD num, DD den) {
    int i;
    DD u = atan_reduce(num, den, &i);
    DD u2 = dd_mul(u, u);
    DD p = {TRIG_ATAN_SERIES[9][0], TRIG_ATAN_SERIES[9][1]};
    for (int k = 8; k >= 0; k--) p = dd_add(dd_mul(p, u2), (DD){TRIG_ATAN_SERIES[k][0], TRIG_ATAN_SERIES[k][1]});
    return dd_add((DD){TRIG_ATAN_TAYLOR[i][0], TRIG_ATAN_TAYLOR[i][1]}, dd_mul(p, u));
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
    double err = t.hi * 0x1p-66;
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

fixture: route-v6
args: -rA inet6
needs: route
status: 0
--- stdout
Kernel IPv6 routing table
Destination                    Next Hop                   Flag Met Ref  Use If
[::]/0                         fe80::1                    UGDAe 1024 1      0 eth0
localhost/128                  [::]                       Un   0   2      0 lo
[::]/0                         [::]                       U!n  -1  1      0 lo
0.0.0.0/96                     1.2.3.4                    UG   7   8      9 eth1
::1.2.3.4/128                  localhost                  UG   2147483647 -1 2147483647 eth1
2001:db8:1234:5678:9abc:def0:1234:5678/128 2001:db8:1234:5678:9abc:def0:1234:5679 UGH  -2147483648 123456 1234567 abcdefghijklmno
fe80::/64                      [::]                       U    256 1      0 eth0
ff00::/8                       [::]                       U    256 1      0 eth0
ff02::1/128                    [::]                       U    0   1      0 eth0
fd00::/8                       [::]                            0   1      0 down
fd01::/16                      [::]                       U!GHDAaemnf 0   1      0 all
fd03::/32                      [::]                       U    0   0      0 f0
fd03:1::/32                    [::]                       G    1   0      0 f1
fd03:2::/32                    [::]                       H    2   0      0 f2
fd03:3::/32                    [::]                            3   0      0 f3
fd03:4::/32                    [::]                            4   0      0 f4
fd03:5::/32                    [::]                       m    5   0      0 f5
fd03:6::/32                    [::]                            6   0      0 f6
fd03:7::/32                    [::]                            7   0      0 f7
fd03:8::/32                    [::]                            8   0      0 f8
fd03:9::/32                    [::]                       !    9   0      0 f9
fd03:a::/32                    [::]                            10  0      0 f10
fd03:b::/32                    [::]                            11  0      0 f11
fd03:c::/32                    [::]                            12  0      0 f12
fd03:d::/32                    [::]                            13  0      0 f13
fd03:e::/32                    [::]                            14  0      0 f14
fd03:f::/32                    [::]                            15  0      0 f15
fd03:10::/32                   [::]                       D    16  0      0 f16
fd03:11::/32                   [::]                       a    17  0      0 f17
fd03:12::/32                   [::]                       A    18  0      0 f18
fd03:13::/32                   [::]                            19  0      0 f19
fd03:14::/32                   [::]                            20  0      0 f20
fd03:15::/32                   [::]                       n    21  0      0 f21
fd03:16::/32                   [::]                       e    22  0      0 f22
fd03:17::/32                   [::]                            23  0      0 f23
fd03:19::/32                   [::]                       f    25  0      0 f25
fd03:1a::/32                   [::]                            26  0      0 f26
fd03:1b::/32                   [::]                            27  0      0 f27
fd03:1c::/32                   [::]                            28  0      0 f28
fd03:1d::/32                   [::]                            29  0      0 f29
fd03:1e::/32                   [::]                            30  0      0 f30
fd03:1f::/32                   [::]                            31  0      0 f31
[::]/0                         fe80::                     UG   0   1      0 p0
[::]/1                         [::]                       U    1   1   1000 p1
[::]/2                         [::]                       U    2   1   2000 p2
2000::/3                       fe80::3                    UG   3   1   3000 p3
2000::/4                       [::]                       U    4   1   4000 p4
2000::/5                       [::]                       U    5   1   5000 p5
2000::/6                       fe80::6                    UG   6   1   6000 p6
2000::/7                       [::]                       U    7   1   7000 p7
2000::/8                       [::]                       U    8   1   8000 p8
2000::/9                       fe80::9                    UG   9   1   9000 p9
2000::/10                      [::]                       U    10  1  10000 p10
2000::/11                      [::]                       U    11  1  11000 p11
2000::/12                      fe80::c                    UG   12  1  12000 p12
2000::/13                      [::]                       U    13  1  13000 p13
2000::/14                      [::]                       U    14  1  14000 p14
2000::/15                      fe80::f                    UG   15  1  15000 p15
2001::/16                      [::]                       U    16  1  16000 p16
2001::/17                      [::]                       U    17  1  17000 p17
2001::/18                      fe80::12                   UG   18  1  18000 p18
2001::/19                      [::]                       U    19  1  19000 p19
2001::/20                      [::]                       U    20  1  20000 p20
2001:800::/21                  fe80::15                   UG   21  1  21000 p21
2001:c00::/22                  [::]                       U    22  1  22000 p22
2001:c00::/23                  [::]                       U    23  1  23000 p23
2001:d00::/24                  fe80::18                   UG   24  1  24000 p24
2001:d80::/25                  [::]                       U    25  1  25000 p25
2001:d80::/26                  [::]                       U    26  1  26000 p26
2001:da0::/27                  fe80::1b                   UG   27  1  27000 p27
2001:db0::/28                  [::]                       U    28  1  28000 p28
2001:db8::/29                  [::]                       U    29  1  29000 p29
2001:db8::/30                  fe80::1e                   UG   30  1  30000 p30
2001:db8::/31                  [::]                       U    31  1  31000 p31
2001:db8::/32                  [::]                       U    32  1  32000 p32
2001:db8:8000::/33             fe80::21                   UG   33  1  33000 p33
2001:db8:8000::/34             [::]                       U    34  1  34000 p34
2001:db8:a000::/35             [::]                       U    35  1  35000 p35
2001:db8:a000::/36             fe80::24                   UG   36  1  36000 p36
2001:db8:a800::/37             [::]                       U    37  1  37000 p37
2001:db8:a800::/38             [::]                       U    38  1  38000 p38
2001:db8:aa00::/39             fe80::27                   UG   39  1  39000 p39
2001:db8:aa00::/40             [::]                       U    40  1  40000 p40
2001:db8:aa80::/41             [::]                       U    41  1  41000 p41
2001:db8:aa80::/42             fe80::2a                   UG   42  1  42000 p42
2001:db8:aaa0::/43             [::]                       U    43  1  43000 p43
2001:db8:aaa0::/44             [::]                       U    44  1  44000 p44
2001:db8:aaa8::/45             fe80::2d                   UG   45  1  45000 p45
2001:db8:aaa8::/46             [::]                       U    46  1  46000 p46
2001:db8:aaaa::/47             [::]                       U    47  1  47000 p47
2001:db8:aaaa::/48             fe80::30                   UG   48  1  48000 p48
2001:db8:aaaa:8000::/49        [::]                       U    49  1  49000 p49
2001:db8:aaaa:8000::/50        [::]                       U    50  1  50000 p50
2001:db8:aaaa:a000::/51        fe80::33                   UG   51  1  51000 p51
2001:db8:aaaa:b000::/52        [::]                       U    52  1  52000 p52
2001:db8:aaaa:b800::/53        [::]                       U    53  1  53000 p53
2001:db8:aaaa:b800::/54        fe80::36                   UG   54  1  54000 p54
2001:db8:aaaa:ba00::/55        [::]                       U    55  1  55000 p55
2001:db8:aaaa:bb00::/56        [::]                       U    56  1  56000 p56
2001:db8:aaaa:bb80::/57        fe80::39                   UG   57  1  57000 p57
2001:db8:aaaa:bb80::/58        [::]                       U    58  1  58000 p58
2001:db8:aaaa:bba0::/59        [::]                       U    59  1  59000 p59
2001:db8:aaaa:bbb0::/60        fe80::3c                   UG   60  1  60000 p60
2001:db8:aaaa:bbb8::/61        [::]                       U    61  1  61000 p61
2001:db8:aaaa:bbb8::/62        [::]                       U    62  1  62000 p62
2001:db8:aaaa:bbba::/63        fe80::3f                   UG   63  1  63000 p63
2001:db8:aaaa:bbbb::/64        [::]                       U    64  1  64000 p64
2001:db8:aaaa:bbbb:8000::/65   [::]                       U    65  1  65000 p65
2001:db8:aaaa:bbbb:c000::/66   fe80::42                   UG   66  1  66000 p66
2001:db8:aaaa:bbbb:c000::/67   [::]                       U    67  1  67000 p67
2001:db8:aaaa:bbbb:c000::/68   [::]                       U    68  1  68000 p68
2001:db8:aaaa:bbbb:c800::/69   fe80::45                   UG   69  1  69000 p69
2001:db8:aaaa:bbbb:cc00::/70   [::]                       U    70  1  70000 p70
2001:db8:aaaa:bbbb:cc00::/71   [::]                       U    71  1  71000 p71
2001:db8:aaaa:bbbb:cc00::/72   fe80::48                   UG   72  1  72000 p72
2001:db8:aaaa:bbbb:cc80::/73   [::]                       U    73  1  73000 p73
2001:db8:aaaa:bbbb:ccc0::/74   [::]                       U    74  1  74000 p74
2001:db8:aaaa:bbbb:ccc0::/75   fe80::4b                   UG   75  1  75000 p75
2001:db8:aaaa:bbbb:ccc0::/76   [::]                       U    76  1  76000 p76
2001:db8:aaaa:bbbb:ccc8::/77   [::]                       U    77  1  77000 p77
2001:db8:aaaa:bbbb:cccc::/78   fe80::4e                   UG   78  1  78000 p78
2001:db8:aaaa:bbbb:cccc::/79   [::]                       U    79  1  79000 p79
2001:db8:aaaa:bbbb:cccc::/80   [::]                       U    80  1  80000 p80
2001:db8:aaaa:bbbb:cccc:8000::/81 fe80::51                   UG   81  1  81000 p81
2001:db8:aaaa:bbbb:cccc:c000::/82 [::]                       U    82  1  82000 p82
2001:db8:aaaa:bbbb:cccc:c000::/83 [::]                       U    83  1  83000 p83
2001:db8:aaaa:bbbb:cccc:d000::/84 fe80::54                   UG   84  1  84000 p84
2001:db8:aaaa:bbbb:cccc:d800::/85 [::]                       U    85  1  85000 p85
2001:db8:aaaa:bbbb:cccc:dc00::/86 [::]                       U    86  1  86000 p86
2001:db8:aaaa:bbbb:cccc:dc00::/87 fe80::57                   UG   87  1  87000 p87
2001:db8:aaaa:bbbb:cccc:dd00::/88 [::]                       U    88  1  88000 p88
2001:db8:aaaa:bbbb:cccc:dd80::/89 [::]                       U    89  1  89000 p89
2001:db8:aaaa:bbbb:cccc:ddc0::/90 fe80::5a                   UG   90  1  90000 p90
2001:db8:aaaa:bbbb:cccc:ddc0::/91 [::]                       U    91  1  91000 p91
2001:db8:aaaa:bbbb:cccc:ddd0::/92 [::]                       U    92  1  92000 p92
2001:db8:aaaa:bbbb:cccc:ddd8::/93 fe80::5d                   UG   93  1  93000 p93
2001:db8:aaaa:bbbb:cccc:dddc::/94 [::]                       U    94  1  94000 p94
2001:db8:aaaa:bbbb:cccc:dddc::/95 [::]                       U    95  1  95000 p95
2001:db8:aaaa:bbbb:cccc:dddd::/96 fe80::60                   UG   96  1  96000 p96
2001:db8:aaaa:bbbb:cccc:dddd:8000:0/97 [::]                       U    97  1  97000 p97
2001:db8:aaaa:bbbb:cccc:dddd:c000:0/98 [::]                       U    98  1  98000 p98
2001:db8:aaaa:bbbb:cccc:dddd:e000:0/99 fe80::63                   UG   99  1  99000 p99
2001:db8:aaaa:bbbb:cccc:dddd:e000:0/100 [::]                       U    100 1 100000 p100
2001:db8:aaaa:bbbb:cccc:dddd:e800:0/101 [::]                       U    101 1 101000 p101
2001:db8:aaaa:bbbb:cccc:dddd:ec00:0/102 fe80::66                   UG   102 1 102000 p102
2001:db8:aaaa:bbbb:cccc:dddd:ee00:0/103 [::]                       U    103 1 103000 p103
2001:db8:aaaa:bbbb:cccc:dddd:ee00:0/104 [::]                       U    104 1 104000 p104
2001:db8:aaaa:bbbb:cccc:dddd:ee80:0/105 fe80::69                   UG   105 1 105000 p105
2001:db8:aaaa:bbbb:cccc:dddd:eec0:0/106 [::]                       U    106 1 106000 p106
2001:db8:aaaa:bbbb:cccc:dddd:eee0:0/107 [::]                       U    107 1 107000 p107
2001:db8:aaaa:bbbb:cccc:dddd:eee0:0/108 fe80::6c                   UG   108 1 108000 p108
2001:db8:aaaa:bbbb:cccc:dddd:eee8:0/109 [::]                       U    109 1 109000 p109
2001:db8:aaaa:bbbb:cccc:dddd:eeec:0/110 [::]                       U    110 1 110000 p110
2001:db8:aaaa:bbbb:cccc:dddd:eeee:0/111 fe80::6f                   UG   111 1 111000 p111
2001:db8:aaaa:bbbb:cccc:dddd:eeee:0/112 [::]                       U    112 1 112000 p112
2001:db8:aaaa:bbbb:cccc:dddd:eeee:8000/113 [::]                       U    113 1 113000 p113
2001:db8:aaaa:bbbb:cccc:dddd:eeee:c000/114 fe80::72                   UG   114 1 114000 p114
2001:db8:aaaa:bbbb:cccc:dddd:eeee:e000/115 [::]                       U    115 1 115000 p115
2001:db8:aaaa:bbbb:cccc:dddd:eeee:f000/116 [::]                       U    116 1 116000 p116
2001:db8:aaaa:bbbb:cccc:dddd:eeee:f800/117 fe80::75                   UG   117 1 117000 p117
2001:db8:aaaa:bbbb:cccc:dddd:eeee:fc00/118 [::]                       U    118 1 118000 p118
2001:db8:aaaa:bbbb:cccc:dddd:eeee:fe00/119 [::]                       U    119 1 119000 p119
2001:db8:aaaa:bbbb:cccc:dddd:eeee:ff00/120 fe80::78                   UG   120 1 120000 p120
2001:db8:aaaa:bbbb:cccc:dddd:eeee:ff80/121 [::]                       U    121 1 121000 p121
2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffc0/122 [::]                       U    122 1 122000 p122
2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffe0/123 fe80::7b                   UG   123 1 123000 p123
2001:db8:aaaa:bbbb:cccc:dddd:eeee:fff0/124 [::]                       U    124 1 124000 p124
2001:db8:aaaa:bbbb:cccc:dddd:eeee:fff8/125 [::]                       U    125 1 125000 p125
2001:db8:aaaa:bbbb:cccc:dddd:eeee:fffc/126 fe80::7e                   UG   126 1 126000 p126
2001:db8:aaaa:bbbb:cccc:dddd:eeee:fffe/127 [::]                       U    127 1 127000 p127
2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff/128 [::]                       U    128 1 128000 p128
--- stderr

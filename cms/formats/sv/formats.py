# Swedish conventions as used in Finland: 6.7.2021 kl. 10.00
DATE_FORMAT = "j.n.Y"
DATETIME_FORMAT = r"j.n.Y \k\l\. G.i"
SHORT_DATE_FORMAT = "j.n.Y"
SHORT_DATETIME_FORMAT = "j.n.Y G.i"
TIME_FORMAT = "G.i"
MONTH_DAY_FORMAT = "j.n."
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"

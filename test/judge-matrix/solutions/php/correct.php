<?php
$tokens = preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY);
$n = (int) $tokens[0];
$sum = 0;
for ($i = 1; $i <= $n; $i++) $sum += (int) $tokens[$i];
echo $sum, "\n";

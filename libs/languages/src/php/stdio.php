<?php
$tokens = preg_split('/\s+/', stream_get_contents(STDIN), -1, PREG_SPLIT_NO_EMPTY);

// Your solution here: read values with (int) $tokens[$i] or $tokens[$i], compute the answer.
$answer = 0;

echo $answer, "\n";

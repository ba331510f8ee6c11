<?php
// Entry point of a PHP function/design job: the runtime, then the candidate's solution.php.
require __DIR__ . '/tryout.php';
TryoutHarness::main(__DIR__);

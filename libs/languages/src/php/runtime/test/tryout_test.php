<?php
// Tests of the PHP harness runtime, run in the runner image: `php test/tryout_test.php`.
// Unit checks of the conversions, then whole jobs (main.php with a solution, fd 3 a pipe).
require __DIR__ . '/../tryout.php';

$failures = 0;
$count = 0;
function check(string $name, $actual, $expected): void
{
    global $failures, $count;
    $count++;
    if ($actual !== $expected) {
        $failures++;
        fwrite(STDERR, "FAIL $name\n  expected: " . var_export($expected, true) . "\n  actual:   " . var_export($actual, true) . "\n");
    }
}
function throws(string $name, callable $fn, string $class, string $fragment): void
{
    try {
        $fn();
        check($name, 'no exception', $class);
    } catch (Throwable $err) {
        check($name, [get_class($err), str_contains($err->getMessage(), $fragment)], [$class, true]);
    }
}

// Conversions in and out.
check('int[] in', TryoutHarness::arg([1, 2, 3], 'int', 1), [1, 2, 3]);
check('double[] in from ints', TryoutHarness::arg([1, 2.5], 'double', 1), [1.0, 2.5]);
check('string[][] in', TryoutHarness::arg([['a'], []], 'string', 2), [['a'], []]);
check('long exact', TryoutHarness::arg(9007199254740993, 'long', 0), 9007199254740993);
throws('int refuses a float', fn () => TryoutHarness::arg(1.5, 'int', 0), TryoutHarnessError::class, 'expected an integer');
throws('bool refuses 1', fn () => TryoutHarness::arg(1, 'bool', 0), TryoutHarnessError::class, 'expected a boolean');
throws('array refuses an object', fn () => TryoutHarness::arg(['a' => 1], 'int', 1), TryoutHarnessError::class, 'expected an array');
check('list round trip', TryoutHarness::fromList(TryoutHarness::arg([1, 2, 3], 'ListNode', 0)), [1, 2, 3]);
check('empty list', TryoutHarness::arg([], 'ListNode', 0), null);
check('null list out', TryoutHarness::ret(null, 'ListNode', 0), []);
$tree = TryoutHarness::toTree([3, 9, 20, null, null, 15, 7]);
check('tree shape', [$tree->val, $tree->left->val, $tree->left->left, $tree->right->left->val, $tree->right->right->val], [3, 9, null, 15, 7]);
check('tree round trip', TryoutHarness::fromTree($tree), [3, 9, 20, null, null, 15, 7]);
check('tree with gaps', TryoutHarness::fromTree(TryoutHarness::toTree([1, null, 2, null, 3])), [1, null, 2, null, 3]);
check('empty tree', TryoutHarness::ret(null, 'TreeNode', 0), []);
$cycle = new ListNode(1);
$cycle->next = new ListNode(2, $cycle);
throws('list cycle', fn () => TryoutHarness::ret($cycle, 'ListNode', 0), TryoutCandidateError::class, 'cycle');
$shared = new TreeNode(1);
$shared->left = $shared->right = new TreeNode(2);
throws('shared tree node', fn () => TryoutHarness::ret($shared, 'TreeNode', 0), TryoutCandidateError::class, 'shared node');
throws('not a ListNode', fn () => TryoutHarness::ret([1, 2], 'ListNode', 0), TryoutCandidateError::class, 'expected a ListNode');
check('keyed array written as a list', TryoutHarness::encode(TryoutHarness::ret([2 => 5, 7 => 6], 'int', 1)), '[5,6]');
check('numeric keys back to strings', TryoutHarness::ret([7, 'a'], 'string', 1), ['7', 'a']);
check('double keeps .0', TryoutHarness::encode(TryoutHarness::ret(2, 'double', 0)), '2.0');
throws('NAN is refused', fn () => TryoutHarness::ret(NAN, 'double', 0), TryoutCandidateError::class, 'not a JSON number');
throws('INF is refused', fn () => TryoutHarness::ret([INF], 'double', 1), TryoutCandidateError::class, 'not a JSON number');
throws('a scalar for an array', fn () => TryoutHarness::ret(5, 'int', 1), TryoutCandidateError::class, 'expected an array');
check('generator as an array', TryoutHarness::ret((fn () => yield from [1, 2])(), 'int', 1), [1, 2]);
check('void', TryoutHarness::ret(42, 'void', 0), null);
check('unicode and slashes', TryoutHarness::encode(['é/"']), '["é/\\""]');
check('long out exact', TryoutHarness::encode(PHP_INT_MAX), '9223372036854775807');
throws('invalid UTF-8 refused', fn () => TryoutHarness::encode("\xff"), JsonException::class, 'UTF-8');
check('blank lines skipped', TryoutHarness::lines("[1]\n\n 2 \n"), ['[1]', ' 2 ']);
$calls = TryoutHarness::classCalls(
    ['kind' => 'class', 'name' => 'C', 'ctor' => [['int', 0]], 'methods' => ['m' => ['params' => [['TreeNode', 0]], 'returns' => ['void', 0]]]],
    ['["C","m"]', '[[1],[[1,2]]]'],
);
check('design calls', [$calls[0], $calls[1][0], $calls[1][1][0]->left->val], [['C', [1]], 'm', 2]);
throws('unknown operation', fn () => TryoutHarness::classCalls(['kind' => 'class', 'name' => 'C', 'ctor' => [], 'methods' => []], ['["C","x"]', '[[],[]]']), TryoutHarnessError::class, 'unknown operation');
throws('missing lines', fn () => TryoutHarness::functionCall(['params' => [['int', 0], ['int', 0]]], ['1']), TryoutHarnessError::class, 'expected 2 input lines');

// Whole jobs: main.php + the runtime + a solution in a scratch directory, fd 3 a pipe.
function job(string $solution, array $signature, string $stdin, bool $fd3 = true): array
{
    $dir = sys_get_temp_dir() . '/tryout-php-test-' . bin2hex(random_bytes(4));
    mkdir($dir);
    copy(__DIR__ . '/../tryout.php', "$dir/tryout.php");
    copy(__DIR__ . '/../main.php', "$dir/main.php");
    file_put_contents("$dir/solution.php", $solution);
    file_put_contents("$dir/tryout-signature.json", json_encode($signature));
    $spec = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
    if ($fd3) {
        $spec[3] = ['pipe', 'w'];
    }
    $proc = proc_open([PHP_BINARY, "$dir/main.php"], $spec, $pipes, $dir);
    fwrite($pipes[0], $stdin);
    fclose($pipes[0]);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    $result = $fd3 ? stream_get_contents($pipes[3]) : '';
    $code = proc_close($proc);
    array_map('unlink', glob("$dir/*"));
    rmdir($dir);
    return ['code' => $code, 'out' => $out, 'err' => $err, 'result' => $result];
}

$twoSum = ['kind' => 'function', 'name' => 'twoSum', 'params' => [['int', 1], ['int', 0]], 'returns' => ['int', 1]];
$ok = job("<?php\nclass Solution {\n  function twoSum(\$nums, \$target) {\n    echo \"hi\\n\";\n    \$seen = [];\n    foreach (\$nums as \$i => \$n) {\n      if (isset(\$seen[\$target - \$n])) return [\$seen[\$target - \$n], \$i];\n      \$seen[\$n] = \$i;\n    }\n  }\n}\n", $twoSum, "[2,7,11,15]\n9\n");
check('job: result on fd 3', [$ok['code'], $ok['result'], $ok['out']], [0, '[0,1]', "hi\n"]);
$thrown = job("<?php\nclass Solution {\n  function twoSum(\$nums, \$target) {\n    throw new RuntimeException('boom');\n  }\n}\n", $twoSum, "[1]\n1\n");
check('job: exception exits 1', [$thrown['code'], $thrown['result']], [1, '']);
check('job: trace names the candidate line', str_contains($thrown['err'], 'RuntimeException: boom in solution.php:4'), true);
check('job: no harness frame in the trace', str_contains($thrown['err'], 'tryout.php'), false);
$badInput = job("<?php class Solution {}", $twoSum, "[1,\n");
check('job: bad input exits 97', [$badInput['code'], str_starts_with($badInput['err'], 'tryout harness: cannot read the test input')], [97, true]);
$noFd = job("<?php class Solution { function twoSum(\$a, \$b) { return []; } }", $twoSum, "[1]\n1\n", false);
check('job: no fd 3 exits 97', [$noFd['code'], str_contains($noFd['err'], 'tryout harness: cannot write the result channel')], [97, true]);
$nan = job("<?php class Solution { function f() { return [NAN]; } }", ['kind' => 'function', 'name' => 'f', 'params' => [], 'returns' => ['double', 1]], "");
check('job: NAN is the candidate\'s fault', [$nan['code'], $nan['result']], [1, '']);
$lru = job(
    "<?php\nclass LRUCache {\n  private \$c; private \$m = [];\n  function __construct(\$capacity) { \$this->c = \$capacity; }\n" .
        "  function get(\$key) { if (!array_key_exists(\$key, \$this->m)) return -1; \$v = \$this->m[\$key]; unset(\$this->m[\$key]); \$this->m[\$key] = \$v; return \$v; }\n" .
        "  function put(\$key, \$value) { unset(\$this->m[\$key]); \$this->m[\$key] = \$value; if (count(\$this->m) > \$this->c) unset(\$this->m[array_key_first(\$this->m)]); }\n}\n",
    ['kind' => 'class', 'name' => 'LRUCache', 'ctor' => [['int', 0]], 'methods' => [
        'get' => ['params' => [['int', 0]], 'returns' => ['int', 0]],
        'put' => ['params' => [['int', 0], ['int', 0]], 'returns' => ['void', 0]],
    ]],
    "[\"LRUCache\",\"put\",\"put\",\"get\",\"put\",\"get\",\"get\"]\n[[2],[1,1],[2,2],[1],[3,3],[2],[3]]\n",
);
check('job: design class', [$lru['code'], $lru['result']], [0, '[null,null,null,1,null,-1,3]']);
$missing = job("<?php\n", $twoSum, "[1]\n1\n");
check('job: missing class', [$missing['code'], str_contains($missing['err'], 'class Solution is not defined')], [1, true]);

echo "$count checks, $failures failed\n";
exit($failures === 0 ? 0 : 1);

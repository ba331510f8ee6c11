<?php
// Tryout's PHP harness runtime (function and design problems). The judge ships it with every job
// beside the candidate's solution.php and a tryout-signature.json written for the problem:
// stdin holds one test (one JSON value per parameter per line; design problems: a line of
// operation names, then a line of argument arrays), the result is ONE JSON value on fd 3, the
// candidate's prints stay on stdout. A candidate exception exits 1 with its trace on stderr; when
// the harness cannot read its input or write fd 3 it exits 97 with `tryout harness: ...`.

/** LeetCode's singly-linked list node. */
class ListNode
{
    public $val = 0;
    public $next = null;

    function __construct($val = 0, $next = null)
    {
        $this->val = $val;
        $this->next = $next;
    }
}

/** LeetCode's binary tree node. */
class TreeNode
{
    public $val = null;
    public $left = null;
    public $right = null;

    function __construct($val = 0, $left = null, $right = null)
    {
        $this->val = $val;
        $this->left = $left;
        $this->right = $right;
    }
}

/** A fault of the candidate's code or value that PHP itself would not raise. */
final class TryoutCandidateError extends Exception
{
}

/** The harness's own failure: bad input, no fd 3. */
final class TryoutHarnessError extends Exception
{
}

final class TryoutHarness
{
    const ABORT_EXIT_CODE = 97;
    const SOLUTION_FILE = 'solution.php';
    const SIGNATURE_FILE = 'tryout-signature.json';

    /** Reads the signature and the test, runs the candidate, writes the result to fd 3. */
    public static function main(string $dir): void
    {
        try {
            $signature = self::decode((string) @file_get_contents($dir . '/' . self::SIGNATURE_FILE));
            $lines = self::lines((string) stream_get_contents(STDIN));
            $calls = $signature['kind'] === 'function'
                ? self::functionCall($signature, $lines)
                : self::classCalls($signature, $lines);
        } catch (Throwable $err) {
            self::abort('cannot read the test input', $err->getMessage());
        }
        try {
            require $dir . '/' . self::SOLUTION_FILE;
            $result = $signature['kind'] === 'function'
                ? self::runFunction($signature, $calls)
                : self::runClass($signature, $calls);
        } catch (Throwable $err) {
            self::candidateFailed($err);
        }
        self::emit($result);
    }

    /** @return array{0: list<mixed>} the converted arguments of the one call */
    public static function functionCall(array $signature, array $lines): array
    {
        $types = $signature['params'];
        if (count($lines) < count($types)) {
            throw new TryoutHarnessError(sprintf('expected %d input lines, got %d', count($types), count($lines)));
        }
        $args = [];
        foreach ($types as $i => [$base, $dims]) {
            $args[] = self::arg(self::decode($lines[$i]), $base, $dims);
        }
        return [$args];
    }

    /** @return list<array{0: string, 1: list<mixed>}> each operation with its converted arguments */
    public static function classCalls(array $signature, array $lines): array
    {
        if (count($lines) < 2) {
            throw new TryoutHarnessError(sprintf('expected 2 input lines, got %d', count($lines)));
        }
        $ops = self::decode($lines[0]);
        $args = self::decode($lines[1]);
        if (!is_array($ops) || !is_array($args) || count($ops) !== count($args) || count($ops) === 0) {
            throw new TryoutHarnessError('operations and arguments must be non-empty arrays of equal length');
        }
        if ($ops[0] !== $signature['name']) {
            throw new TryoutHarnessError(sprintf('the first operation must be %s, got %s', $signature['name'], json_encode($ops[0])));
        }
        $calls = [];
        foreach ($ops as $i => $op) {
            if ($i === 0) {
                $types = $signature['ctor'];
            } elseif (is_string($op) && isset($signature['methods'][$op])) {
                $types = $signature['methods'][$op]['params'];
            } else {
                throw new TryoutHarnessError(sprintf('unknown operation %s', json_encode($op)));
            }
            $a = $args[$i];
            if (!is_array($a) || count($a) !== count($types)) {
                throw new TryoutHarnessError(sprintf('operation %d (%s) needs %d arguments', $i, $op, count($types)));
            }
            $converted = [];
            foreach ($types as $j => [$base, $dims]) {
                $converted[] = self::arg($a[$j], $base, $dims);
            }
            $calls[] = [$op, $converted];
        }
        return $calls;
    }

    public static function runFunction(array $signature, array $calls)
    {
        $solution = new (self::candidateClass('Solution'))();
        [$base, $dims] = $signature['returns'];
        return self::ret($solution->{$signature['name']}(...$calls[0]), $base, $dims);
    }

    public static function runClass(array $signature, array $calls): array
    {
        $object = new (self::candidateClass($signature['name']))(...$calls[0][1]);
        $out = [null];
        for ($i = 1; $i < count($calls); $i++) {
            [$op, $args] = $calls[$i];
            [$base, $dims] = $signature['methods'][$op]['returns'];
            // Serialised right away: later calls cannot change a returned value.
            $out[] = self::ret($object->{$op}(...$args), $base, $dims);
        }
        return $out;
    }

    private static function candidateClass(string $name): string
    {
        if (!class_exists($name, false)) {
            throw new TryoutCandidateError(sprintf('class %s is not defined in %s', $name, self::SOLUTION_FILE));
        }
        return $name;
    }

    /** Non-blank lines of the test. */
    public static function lines(string $data): array
    {
        return array_values(array_filter(explode("\n", $data), fn ($line) => trim($line) !== ''));
    }

    public static function decode(string $json)
    {
        return json_decode($json, true, 512, JSON_THROW_ON_ERROR);
    }

    /** A test value as the candidate's type: arrays, ListNode, TreeNode, float for double. */
    public static function arg($v, string $base, int $dims)
    {
        if ($dims > 0) {
            if ($v === null) {
                return null;
            }
            if (!is_array($v) || !array_is_list($v)) {
                throw new TryoutHarnessError(sprintf('expected an array of %s, got %s', $base, json_encode($v)));
            }
            return array_map(fn ($x) => self::arg($x, $base, $dims - 1), $v);
        }
        switch ($base) {
            case 'ListNode':
                return $v === null ? null : self::toList(self::levelValues($v, 'ListNode'));
            case 'TreeNode':
                return $v === null ? null : self::toTree(self::levelValues($v, 'TreeNode'));
            case 'double':
                if (!is_int($v) && !is_float($v)) {
                    throw new TryoutHarnessError(sprintf('expected a number, got %s', json_encode($v)));
                }
                return (float) $v;
            case 'int':
            case 'long':
                if (!is_int($v)) {
                    throw new TryoutHarnessError(sprintf('expected an integer, got %s', json_encode($v)));
                }
                return $v;
            case 'bool':
                if (!is_bool($v)) {
                    throw new TryoutHarnessError(sprintf('expected a boolean, got %s', json_encode($v)));
                }
                return $v;
            case 'string':
                if (!is_string($v)) {
                    throw new TryoutHarnessError(sprintf('expected a string, got %s', json_encode($v)));
                }
                return $v;
        }
        throw new TryoutHarnessError("unknown type $base");
    }

    private static function levelValues($v, string $what): array
    {
        if (!is_array($v) || !array_is_list($v)) {
            throw new TryoutHarnessError(sprintf('expected a %s array, got %s', $what, json_encode($v)));
        }
        return $v;
    }

    public static function toList(array $values): ?ListNode
    {
        $head = null;
        for ($i = count($values) - 1; $i >= 0; $i--) {
            $head = new ListNode($values[$i], $head);
        }
        return $head;
    }

    /** LeetCode's level order (null for a missing child) into a tree. */
    public static function toTree(array $values): ?TreeNode
    {
        $n = count($values);
        if ($n === 0 || $values[0] === null) {
            return null;
        }
        $root = new TreeNode($values[0]);
        $queue = [$root];
        $head = 0;
        $i = 1;
        while ($i < $n) {
            $node = $queue[$head++];
            if ($values[$i] !== null) {
                $node->left = new TreeNode($values[$i]);
                $queue[] = $node->left;
            }
            $i++;
            if ($i < $n && $values[$i] !== null) {
                $node->right = new TreeNode($values[$i]);
                $queue[] = $node->right;
            }
            $i++;
        }
        return $root;
    }

    /** A fresh JSON-ready copy of a candidate's value of the declared type. */
    public static function ret($v, string $base, int $dims)
    {
        if ($dims > 0) {
            if ($v === null) {
                return null;
            }
            if ($v instanceof Traversable) {
                $v = iterator_to_array($v, false);
            }
            if (!is_array($v)) {
                throw new TryoutCandidateError(sprintf('expected an array of %s, got %s', $base, get_debug_type($v)));
            }
            // array_values: a filtered or keyed array is still written as a JSON array.
            return array_map(fn ($x) => self::ret($x, $base, $dims - 1), array_values($v));
        }
        switch ($base) {
            case 'void':
                return null;
            case 'ListNode':
                return self::fromList($v);
            case 'TreeNode':
                return self::fromTree($v);
            case 'double':
                if ($v === null) {
                    return null;
                }
                if (!is_int($v) && !is_float($v)) {
                    throw new TryoutCandidateError(sprintf('expected a number, got %s', get_debug_type($v)));
                }
                if (!is_finite((float) $v)) {
                    throw new TryoutCandidateError(sprintf('the function returned %s, which is not a JSON number', var_export($v, true)));
                }
                return (float) $v;
            case 'string':
                // PHP turns numeric string keys into integers ("7" => 7): give them back as strings.
                return is_int($v) ? (string) $v : $v;
        }
        return $v;
    }

    public static function fromList($head): array
    {
        $out = [];
        $seen = [];
        while ($head !== null) {
            if (!($head instanceof ListNode)) {
                throw new TryoutCandidateError(sprintf('expected a ListNode, got %s', get_debug_type($head)));
            }
            $id = spl_object_id($head);
            if (isset($seen[$id])) {
                throw new TryoutCandidateError('Found cycle in the ListNode');
            }
            $seen[$id] = true;
            $out[] = $head->val;
            $head = $head->next;
        }
        return $out;
    }

    public static function fromTree($root): array
    {
        $out = [];
        $seen = [];
        $queue = [$root];
        for ($head = 0; $head < count($queue); $head++) {
            $node = $queue[$head];
            if ($node === null) {
                $out[] = null;
                continue;
            }
            if (!($node instanceof TreeNode)) {
                throw new TryoutCandidateError(sprintf('expected a TreeNode, got %s', get_debug_type($node)));
            }
            $id = spl_object_id($node);
            if (isset($seen[$id])) {
                throw new TryoutCandidateError('Found a cycle or a shared node in the TreeNode');
            }
            $seen[$id] = true;
            $out[] = $node->val;
            $queue[] = $node->left;
            $queue[] = $node->right;
        }
        while ($out && end($out) === null) {
            array_pop($out);
        }
        return $out;
    }

    /** The result as JSON; a value JSON cannot hold (NAN, INF, invalid UTF-8) is the candidate's fault. */
    public static function encode($value): string
    {
        return json_encode(
            $value,
            JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR,
        );
    }

    private static function emit($value): void
    {
        try {
            $data = self::encode($value);
        } catch (JsonException $err) {
            fflush(STDOUT);
            fwrite(STDERR, 'The returned value cannot be serialised as JSON: ' . $err->getMessage() . "\n");
            exit(1);
        }
        $channel = @fopen('php://fd/3', 'wb');
        if ($channel === false) {
            self::abort('cannot write the result channel (fd 3)', 'fd 3 is not open');
        }
        for ($done = 0; $done < strlen($data); $done += $written) {
            $written = @fwrite($channel, substr($data, $done));
            if ($written === false || $written === 0) {
                self::abort('cannot write the result channel (fd 3)', 'write failed');
            }
        }
        fclose($channel);
    }

    /** The candidate's exception, as PHP reports it, without the harness's frames. */
    public static function describe(Throwable $err): string
    {
        $text = sprintf('PHP Fatal error:  Uncaught %s: %s in %s:%d', get_class($err), $err->getMessage(), basename($err->getFile()), $err->getLine());
        $frames = array_filter($err->getTrace(), fn ($f) => basename($f['file'] ?? '') === self::SOLUTION_FILE);
        $text .= "\nStack trace:";
        $i = 0;
        foreach ($frames as $f) {
            $text .= sprintf("\n#%d %s(%d): %s%s%s()", $i++, self::SOLUTION_FILE, $f['line'] ?? 0, $f['class'] ?? '', $f['type'] ?? '', $f['function']);
        }
        return $text . sprintf("\n#%d {main}\n", $i);
    }

    private static function candidateFailed(Throwable $err): void
    {
        fflush(STDOUT);
        fwrite(STDERR, self::describe($err));
        exit(1);
    }

    private static function abort(string $what, string $why): void
    {
        fwrite(STDERR, "tryout harness: $what: $why\n");
        exit(self::ABORT_EXIT_CODE);
    }
}

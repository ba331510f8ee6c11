import sys


def main() -> None:
    tokens = sys.stdin.buffer.read().split()  # every whitespace-separated token, as bytes

    # Your solution here: read values with int(tokens[i]) or tokens[i].decode(), compute the answer.
    answer = 0

    sys.stdout.write(f"{answer}\n")


main()

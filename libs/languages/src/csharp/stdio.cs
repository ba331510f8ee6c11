using System;
using System.Text;

class Program {
    static readonly string[] Tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
    static int position;

    /// The input's next whitespace-separated token.
    static string Next() {
        return Tokens[position++];
    }

    static void Main() {
        var output = new StringBuilder();

        // Your solution here: read values with long.Parse(Next()), compute the answer.
        long answer = 0;

        output.Append(answer).Append('\n');
        Console.Out.Write(output);
        Console.Out.Flush();
    }
}

using System;

class Program {
    static void Main() {
        var tokens = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(tokens[0]);
        long sum = 0;
        for (int i = 1; i <= n; i++) sum += long.Parse(tokens[i]);
        Console.WriteLine(sum);
    }
}

using System;
using System.IO;

// Recomputes the totals from scratch after every leg: quadratic.
class Program {
    static void Main() {
        var lines = Console.In.ReadToEnd().Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(lines[0]);
        var d = new long[n];
        var h = new long[n];
        for (int i = 0; i < n; i++) { d[i] = long.Parse(lines[1 + 2 * i]); h[i] = long.Parse(lines[2 + 2 * i]); }
        double speed = 0;
        for (int k = 1; k <= n; k++) {
            long sd = 0, sh = 0;
            for (int i = 0; i < k; i++) { sd += d[i]; sh += h[i]; }
            speed = (double)sd / sh;
        }
        Console.WriteLine(speed.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }
}

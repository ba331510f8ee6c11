using System;

class Program {
    static void Main() {
        long x = 0;
        while (x >= 0) x = (x * 31 + 7) & 0xffffff;
        Console.WriteLine(x);
    }
}

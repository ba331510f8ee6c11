using System;

class Program {
    static void Main() {
        int[] a = new int[1];
        Console.WriteLine(a[5]);
    }
}

// What a C# user expects to compile without extra references: BigInteger (System.Numerics),
// LINQ (System.Core), generic collections and StringBuilder.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text;

class Program
{
    static void Main()
    {
        BigInteger big = BigInteger.Pow(2, 100);
        var sorted = new List<int> { 3, 1, 2 }.OrderBy(x => x).ToArray();
        var sb = new StringBuilder();
        sb.Append(big).Append(' ').Append(string.Join(",", sorted));
        Console.WriteLine(sb.ToString());
    }
}

using System;
using System.Linq;

public class Program
{
    public static void Main()
    {
        string name = (Console.ReadLine() ?? "").Trim();
        Console.WriteLine("Hello, " + new string(name.ToArray()) + "!");
    }
}

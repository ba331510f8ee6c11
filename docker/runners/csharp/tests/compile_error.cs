using System;

public class Program
{
    public static void Main()
    {
        int x = "nope";
        Console.WriteLine(x)
    }
}

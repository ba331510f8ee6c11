import java.util.*;

public class Sum {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int sum = 0; // overflows on large inputs
        for (int i = 0; i < n; i++) sum += sc.nextInt();
        System.out.println(sum + 1);
    }
}

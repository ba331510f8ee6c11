class Bank {
    private final long[] balances;

    public Bank(long[] balances) {
        this.balances = balances.clone();
    }

    private boolean exists(int account) {
        return account >= 1 && account <= balances.length;
    }

    public synchronized boolean transfer(int fromAccount, int toAccount, long amount) {
        if (!exists(fromAccount) || !exists(toAccount) || balances[fromAccount - 1] < amount) return false;
        balances[fromAccount - 1] -= amount;
        balances[toAccount - 1] += amount;
        return true;
    }

    public synchronized boolean deposit(int account, long amount) {
        if (!exists(account)) return false;
        balances[account - 1] += amount;
        return true;
    }

    public synchronized boolean withdraw(int account, long amount) {
        if (!exists(account) || balances[account - 1] < amount) return false;
        balances[account - 1] -= amount;
        return true;
    }

    public synchronized long balance(int account) {
        return exists(account) ? balances[account - 1] : -1;
    }
}

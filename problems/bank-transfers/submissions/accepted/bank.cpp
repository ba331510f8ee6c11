class Bank {
    vector<long long> balances;
    mutex lock;  // one lock per bank keeps every operation atomic if called from several threads

    bool exists(int account) const { return account >= 1 && account <= (int)balances.size(); }

public:
    Bank(vector<long long>& balances) : balances(balances) {}

    bool transfer(int fromAccount, int toAccount, long long amount) {
        lock_guard<mutex> guard(lock);
        if (!exists(fromAccount) || !exists(toAccount) || balances[fromAccount - 1] < amount) return false;
        balances[fromAccount - 1] -= amount;
        balances[toAccount - 1] += amount;
        return true;
    }

    bool deposit(int account, long long amount) {
        lock_guard<mutex> guard(lock);
        if (!exists(account)) return false;
        balances[account - 1] += amount;
        return true;
    }

    bool withdraw(int account, long long amount) {
        lock_guard<mutex> guard(lock);
        if (!exists(account) || balances[account - 1] < amount) return false;
        balances[account - 1] -= amount;
        return true;
    }

    long long balance(int account) {
        lock_guard<mutex> guard(lock);
        return exists(account) ? balances[account - 1] : -1;
    }
};

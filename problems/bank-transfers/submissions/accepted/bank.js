class Bank {
  constructor(balances) {
    this.balances = [...balances]; // totals stay below 2^53, so plain numbers are exact
  }

  exists(a) {
    return Number.isInteger(a) && a >= 1 && a <= this.balances.length;
  }

  transfer(fromAccount, toAccount, amount) {
    if (!this.exists(fromAccount) || !this.exists(toAccount)) return false;
    if (this.balances[fromAccount - 1] < amount) return false;
    this.balances[fromAccount - 1] -= amount;
    this.balances[toAccount - 1] += amount;
    return true;
  }

  deposit(account, amount) {
    if (!this.exists(account)) return false;
    this.balances[account - 1] += amount;
    return true;
  }

  withdraw(account, amount) {
    if (!this.exists(account) || this.balances[account - 1] < amount) return false;
    this.balances[account - 1] -= amount;
    return true;
  }

  balance(account) {
    return this.exists(account) ? this.balances[account - 1] : -1;
  }
}

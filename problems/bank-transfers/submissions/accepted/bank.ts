class Bank {
  private readonly balances: number[];

  constructor(balances: number[]) {
    this.balances = [...balances];
  }

  private exists(account: number): boolean {
    return account >= 1 && account <= this.balances.length;
  }

  transfer(fromAccount: number, toAccount: number, amount: number): boolean {
    if (!this.exists(fromAccount) || !this.exists(toAccount)) return false;
    if (this.balances[fromAccount - 1] < amount) return false;
    this.balances[fromAccount - 1] -= amount;
    this.balances[toAccount - 1] += amount;
    return true;
  }

  deposit(account: number, amount: number): boolean {
    if (!this.exists(account)) return false;
    this.balances[account - 1] += amount;
    return true;
  }

  withdraw(account: number, amount: number): boolean {
    if (!this.exists(account) || this.balances[account - 1] < amount) return false;
    this.balances[account - 1] -= amount;
    return true;
  }

  balance(account: number): number {
    return this.exists(account) ? this.balances[account - 1] : -1;
  }
}

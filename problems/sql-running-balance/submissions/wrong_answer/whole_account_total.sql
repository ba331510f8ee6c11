SELECT id,
       account_id,
       amount,
       SUM(amount) OVER (PARTITION BY account_id) AS balance
FROM ledger_entries
ORDER BY account_id, id;

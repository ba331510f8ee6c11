// Bug: sorts the ids as strings, so "10" comes before "9".
use std::collections::HashMap;

impl Solution {
    pub fn join_tables(users: Vec<Vec<String>>, orders: Vec<Vec<String>>) -> Vec<Vec<String>> {
        let name_of: HashMap<&str, &str> = users.iter().map(|u| (u[0].as_str(), u[1].as_str())).collect();
        let mut rows: Vec<Vec<String>> = orders
            .iter()
            .filter_map(|o| {
                name_of.get(o[1].as_str()).map(|name| vec![o[1].clone(), name.to_string(), o[0].clone(), o[2].clone()])
            })
            .collect();
        rows.sort_by(|a, b| (&a[0], &a[2]).cmp(&(&b[0], &b[2])));
        rows
    }
}

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
        // Ids are numeric strings and sort as numbers.
        rows.sort_by_key(|r| (r[0].parse::<i64>().unwrap(), r[2].parse::<i64>().unwrap()));
        rows
    }
}

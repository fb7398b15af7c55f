-- Run against the rejected staging file named in the alert message; failing check: {check}
{relation_sql};

-- An override by its id, and whether it is in force.
select override_id, withdrawn_at is null as in_force from overrides where override_id = $override_id

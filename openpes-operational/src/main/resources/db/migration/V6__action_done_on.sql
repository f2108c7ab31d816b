-- The day an action of a patto was done: the start of its outcome (docs/outcomes.md).
alter table patto_action add column done_on date;

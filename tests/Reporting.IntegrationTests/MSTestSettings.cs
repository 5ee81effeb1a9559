// Each test owns its database; classes run in parallel, the two cores stay busy.
[assembly: Parallelize(Scope = ExecutionScope.ClassLevel, Workers = 2)]

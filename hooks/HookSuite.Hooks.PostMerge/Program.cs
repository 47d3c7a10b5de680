// git runs this after a merge (and so after `git pull`): print the verdict, never fail the merge.
using HookSuite.Core.Hooks;
using HookSuite.Core.UseCases;

return await HookHost.RunAsync(ct => PostMergeUseCase.RunAsync(Environment.CurrentDirectory, Console.Error, ct));

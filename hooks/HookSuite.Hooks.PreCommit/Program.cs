// git runs this before recording a commit: validate exactly what the commit records (the staged index).
using HookSuite.Core.Hooks;
using HookSuite.Core.UseCases;

return await HookHost.RunAsync(ct => PreCommitUseCase.RunAsync(Environment.CurrentDirectory, Console.Out, Console.Error, ct));

// git runs this before a push: argv is <remote name> <remote url>, stdin has one line per ref being pushed.
using HookSuite.Core.Hooks;
using HookSuite.Core.UseCases;

var remote = args.Length > 0 ? args[0] : "";
var url = args.Length > 1 ? args[1] : remote;
var updates = await Console.In.ReadToEndAsync();
return await HookHost.RunAsync(ct => PrePushUseCase.RunAsync(Environment.CurrentDirectory, remote, url, updates, Console.Error, ct));

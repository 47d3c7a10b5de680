using HookSuite.Cli;

return await HookSuiteApp.RunAsync(args);

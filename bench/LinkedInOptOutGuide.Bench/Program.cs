using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(LinkedInOptOutGuide.Bench.LogFormatBenchmarks).Assembly).Run(args);

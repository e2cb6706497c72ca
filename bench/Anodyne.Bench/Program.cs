Console.WriteLine("Anodyne benchmarks: see bench/README.md");

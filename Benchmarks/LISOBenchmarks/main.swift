import LISO

print("LISOBenchmarks \(LISOVersion.current)")

using Anodyne.Clinical.Pharmacokinetics;

namespace Anodyne.Clinical.Tests.Pharmacokinetics;

/// <summary>
/// An independent fixed-step RK4 integration of the three-compartment equations for the plan used in
/// SimulatingConcentrations, to check the exact solution against.
/// </summary>
internal static class RungeKutta
{
    internal static (double Plasma, double EffectSite)[] Integrate(PharmacokineticModel m, double[] sampleMinutes, double stepMinutes)
    {
        // The same plan, written out by hand: 21 mg push at 0; 35 mg/h (0.5833 mg/min) from 0 to 90 min; 17.5 mg over 120-130 min.
        static double Input(double t) => (t < 90 ? 35.0 / 60 : 0) + (t is >= 120 and < 130 ? 1.75 : 0);

        var ke0 = m.Ke0 ?? 0;
        double[] Derivative(double input, double[] x) =>
        [
            (-(m.K10 + m.K12 + m.K13) * x[0]) + (m.K21 * x[1]) + (m.K31 * x[2]) + input,
            (m.K12 * x[0]) - (m.K21 * x[1]),
            (m.K13 * x[0]) - (m.K31 * x[2]),
            ke0 * ((x[0] / m.CentralVolumeLitres) - x[3]),
        ];

        // Integrate stretch by stretch between dose changes and samples, so no RK4 step straddles a change in input.
        double[] doseChanges = [90, 120, 130];
        var state = new[] { 21.0, 0, 0, 0 };
        var time = 0.0;
        var results = new (double, double)[sampleMinutes.Length];
        var edges = sampleMinutes.Concat(doseChanges).Distinct().Order().ToArray();
        foreach (var edge in edges)
        {
            var length = edge - time;
            var steps = Math.Max(1, (int)Math.Round(length / stepMinutes));
            var h = length / steps;
            var input = Input(time + (length / 2));
            for (var s = 0; s < steps && length > 0; s++)
            {
                var k1 = Derivative(input, state);
                var k2 = Derivative(input, Add(state, k1, h / 2));
                var k3 = Derivative(input, Add(state, k2, h / 2));
                var k4 = Derivative(input, Add(state, k3, h));
                for (var j = 0; j < state.Length; j++)
                {
                    state[j] += h / 6 * (k1[j] + (2 * k2[j]) + (2 * k3[j]) + k4[j]);
                }
            }

            time = edge;
            var index = Array.IndexOf(sampleMinutes, edge);
            if (index >= 0)
            {
                results[index] = (state[0] / m.CentralVolumeLitres * 1000, state[3] * 1000);
            }
        }

        return results;
    }

    private static double[] Add(double[] x, double[] dx, double h) => x.Select((v, j) => v + (h * dx[j])).ToArray();
}

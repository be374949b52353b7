using System;
using System.Globalization;
using FsCheck.Xunit;

namespace Cchc.Scoring.Formulas.Tests;

/// <summary>
/// An FsCheck property whose number of cases CI sets: the environment variable CCHC_PROPERTY_CASES (.ci/run sets
/// 1000), else the local count given (100 by default), so that local runs stay fast. docs/invariants.md lists them.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CheckedPropertyAttribute : PropertyAttribute
{
    public CheckedPropertyAttribute(int localCases = 100) =>
        MaxTest = int.TryParse(Environment.GetEnvironmentVariable("CCHC_PROPERTY_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int cases) && cases > 0
            ? Math.Max(cases, localCases)
            : localCases;
}

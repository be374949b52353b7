using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Cchc.Scoring;
using Cchc.Scoring.Formulas;
using Cchc.Scoring.Rules;

namespace Cchc.Scoring.Cli;

/// <summary>
/// The rule registry of the command line: the built-in rules, the formula rule, and the factories of the assemblies
/// given with <c>--rules</c>. An assembly is loaded only when asked for; it is trusted code. Its factories are the
/// values of the public static properties and fields of type <see cref="IRuleFactory"/> (or a type implementing it)
/// on its public types, for example <c>public static IRuleFactory Factory { get; } = new ToleranceFactory();</c>.
/// </summary>
internal static class RuleAssemblies
{
    /// <summary>The problem code of a <c>--rules</c> assembly that cannot be used.</summary>
    public const string InvalidRulesAssembly = "invalid-rules-assembly";

    /// <summary>The rules every command knows without <c>--rules</c>: the built-in ones and <c>formula</c>.</summary>
    public static RuleRegistry Standard { get; } = RuleRegistry.Default.With(FormulaRule.Factory);

    /// <summary>The registry with the factories of <paramref name="paths"/> added; every failure is a problem at its file.</summary>
    public static RuleRegistry Registry(IReadOnlyList<string> paths, List<Problem> problems)
    {
        var registry = Standard;
        foreach (string path in paths)
        {
            registry = Add(registry, path, problems);
        }

        return registry;
    }

    private static RuleRegistry Add(RuleRegistry registry, string path, List<Problem> problems)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            problems.Add(Invalid(path, "This build of cchc (native AOT) cannot load assemblies; use the cchc .NET tool, or register the rules in your own program."));
            return registry;
        }

        if (Directory.Exists(path))
        {
            problems.Add(Inputs.Unreadable(path, "This is a directory, not an assembly."));
            return registry;
        }

        if (!File.Exists(path))
        {
            problems.Add(Inputs.Unreadable(path, "The file does not exist."));
            return registry;
        }

        Assembly assembly;
        Type[] types;
        try
        {
            string full = Path.GetFullPath(path);
            assembly = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => !a.IsDynamic && string.Equals(a.Location, full, StringComparison.Ordinal))
                ?? Load(full);
            types = assembly.GetExportedTypes();
        }
        catch (BadImageFormatException)
        {
            problems.Add(Invalid(path, "This is not a .NET assembly."));
            return registry;
        }
        catch (Exception ex) when (ex is FileLoadException or FileNotFoundException or IOException or UnauthorizedAccessException or TypeLoadException or ReflectionTypeLoadException or NotSupportedException)
        {
            problems.Add(Invalid(path, "The assembly cannot be loaded: " + ex.Message));
            return registry;
        }

        int found = 0;
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var members = type.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => typeof(IRuleFactory).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
                .Select(p => (Name: p.Name, Get: (Func<object?>)(() => p.GetValue(null))))
                .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Where(f => typeof(IRuleFactory).IsAssignableFrom(f.FieldType))
                    .Select(f => (Name: f.Name, Get: (Func<object?>)(() => f.GetValue(null)))))
                .OrderBy(m => m.Name, StringComparer.Ordinal);
            foreach (var (name, get) in members)
            {
                string where = type.FullName + "." + name;
                IRuleFactory? factory;
                try
                {
                    factory = get() as IRuleFactory;
                }
                catch (Exception ex) when (ex is TargetInvocationException or TypeInitializationException)
                {
                    problems.Add(Invalid(path, where + " throws: " + (ex.InnerException ?? ex).Message));
                    continue;
                }

                if (factory is null)
                {
                    problems.Add(Invalid(path, where + " is null."));
                    continue;
                }

                try
                {
                    registry = registry.With(factory);
                    found++;
                }
                catch (ArgumentException ex)
                {
                    problems.Add(Invalid(path, where + " cannot be registered: " + ex.Message));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    problems.Add(Invalid(path, where + " throws: " + ex.Message));
                }
            }
        }

        if (found == 0 && !problems.Any(p => string.Equals(p.Source, path, StringComparison.Ordinal)))
        {
            problems.Add(Invalid(path, "The assembly has no rule factory: a public static property or field of type IRuleFactory on a public type (see docs/extending.md)."));
        }

        return registry;
    }

    /// <summary>Loads an assembly into the tool's context; what it depends on is looked for next to it (its .deps.json, else its folder).</summary>
    private static Assembly Load(string full)
    {
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
        AssemblyDependencyResolver resolver;
        try
        {
            resolver = new AssemblyDependencyResolver(full);
        }
        catch (InvalidOperationException)
        {
            // No dependency resolution in this host: the assembly's own dependencies must already be loaded.
            return assembly;
        }

        AssemblyLoadContext.Default.Resolving += (context, name) =>
            resolver.ResolveAssemblyToPath(name) is string dependency && File.Exists(dependency) ? context.LoadFromAssemblyPath(dependency) : null;
        return assembly;
    }

    private static Problem Invalid(string path, string message) => new(InvalidRulesAssembly, message, source: path);
}

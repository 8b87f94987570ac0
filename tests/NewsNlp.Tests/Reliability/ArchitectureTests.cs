using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Reliability;

/// <summary>House-style architecture rules, checked on the compiled library (NodaTime's MutabilityTest).</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Library = typeof(NewsExtractor).Assembly;

    private static IEnumerable<Type> OwnTypes() =>
        Library.GetTypes().Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false) && !t.Name.Contains('<', StringComparison.Ordinal)
            && t.Namespace is not null && t.Namespace.StartsWith("NewsNlp", StringComparison.Ordinal));

    [Fact]
    public void PublicTypes_Classes_SealedOrStatic()
    {
        Library.GetExportedTypes().Where(t => t.IsClass && !t.IsSealed)
            .Select(t => t.FullName).Should().BeEmpty("public classes must be sealed or static");
    }

    [Fact]
    public void PublicTypes_Namespace_IsRoot()
    {
        Library.GetExportedTypes().Where(t => t.Namespace != "NewsNlp")
            .Select(t => t.FullName).Should().BeEmpty("users write one `using NewsNlp;`; everything else is internal");
    }

    [Fact]
    public void PublicTypes_Interfaces_None()
    {
        Library.GetExportedTypes().Where(t => t.IsInterface).Select(t => t.FullName).Should().BeEmpty();
    }

    [Fact]
    public void PublicRecords_Properties_InitOnlyAndImmutable()
    {
        var problems = new List<string>();
        foreach (Type type in Library.GetExportedTypes().Where(IsRecord))
        {
            foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    problems.Add($"{type.Name}.{p.Name} has a public setter that is not init-only");
                }

                if (!IsImmutableType(p.PropertyType))
                {
                    problems.Add($"{type.Name}.{p.Name} is a mutable {p.PropertyType.Name}");
                }
            }

            foreach (FieldInfo f in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                problems.Add($"{type.Name}.{f.Name} is a public field");
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void PublicRecords_Listed_AllRecordsOfTheContract()
    {
        // Guards the rule above from passing vacuously.
        Library.GetExportedTypes().Where(IsRecord).Select(t => t.Name).Should().Contain(
            ["ArticleRecord", "CountryRecord", "CountryMention", "OrganizationRecord", "PersonRecord", "TextMention", "CasualtyRecord", "DateRecord", "EventRecord"]);
    }

    [Fact]
    public void InternalTypes_OutsideRootNamespace_NotPublic()
    {
        OwnTypes().Where(t => t.Namespace != "NewsNlp" && (t.IsPublic || t.IsNestedPublic))
            .Select(t => t.FullName).Should().BeEmpty("types in sub-namespaces are implementation details");
    }

    [Fact]
    public void InternalClasses_SealedStaticOrAbstract()
    {
        OwnTypes().Where(t => t.IsClass && !t.IsPublic && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName).Should().BeEmpty("internals default to `internal sealed`");
    }

    [Fact]
    public void TextNamespace_Signatures_NoReferenceToLaterStages()
    {
        var problems = new List<string>();
        foreach (Type type in OwnTypes().Where(t => t.Namespace == "NewsNlp.Text"))
        {
            foreach (MemberInfo member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                foreach (Type used in TypesIn(member))
                {
                    if (IsLaterStage(used))
                    {
                        problems.Add($"{type.Name}.{member.Name} uses {used.FullName}");
                    }
                }
            }
        }

        problems.Should().BeEmpty("the text stage comes first and must not know about extraction, resolution or events");
    }

    [Fact]
    public void TextFolder_Source_NoReferenceToEvents()
    {
        // Method bodies are not visible to reflection, so the source is checked for every Events type name too.
        string[] eventTypes = OwnTypes().Where(t => t.Namespace?.StartsWith("NewsNlp.Events", StringComparison.Ordinal) == true)
            .Select(t => t.Name.Split('`')[0]).Distinct().ToArray();
        eventTypes.Should().NotBeEmpty();
        var pattern = new Regex(@"\bNewsNlp\.(Events|Extraction|Resolution)\b|\b(" + string.Join("|", eventTypes) + @")\b", RegexOptions.NonBacktracking);
        var hits = new List<string>();
        foreach (string path in Directory.EnumerateFiles(SharedData.RepoPath("src", "NewsNlp", "Text"), "*.cs", SearchOption.AllDirectories))
        {
            string[] lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                string code = lines[i].TrimStart();
                if (!code.StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(code))
                {
                    hits.Add($"{Path.GetFileName(path)}:{i + 1}: {code}");
                }
            }
        }

        hits.Should().BeEmpty();
    }

    private static bool IsLaterStage(Type type) =>
        type.Namespace is { } ns && (ns.StartsWith("NewsNlp.Events", StringComparison.Ordinal) || ns.StartsWith("NewsNlp.Extraction", StringComparison.Ordinal)
            || ns.StartsWith("NewsNlp.Resolution", StringComparison.Ordinal));

    private static IEnumerable<Type> TypesIn(MemberInfo member)
    {
        IEnumerable<Type> direct = member switch
        {
            FieldInfo f => [f.FieldType],
            PropertyInfo p => [p.PropertyType],
            MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(x => x.ParameterType)],
            ConstructorInfo c => c.GetParameters().Select(x => x.ParameterType),
            Type nested => [nested],
            _ => [],
        };
        return direct.SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (Type t in Expand(type.GetElementType()!))
            {
                yield return t;
            }
        }

        if (type.IsGenericType)
        {
            foreach (Type t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static bool IsImmutableType(Type type)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(TimeSpan))
        {
            return true;
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return IsImmutableType(inner);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return IsImmutableType(type.GetGenericArguments()[0]);
        }

        if (type.IsArray || typeof(IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        // Another public record of ours is immutable by the same rule.
        return type.Assembly == Library && type.IsSealed && IsRecord(type);
    }
}

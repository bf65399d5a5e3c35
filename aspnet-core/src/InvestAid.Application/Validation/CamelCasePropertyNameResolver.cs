using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace InvestAid.Validation;

/// <summary>Names fields in validation errors the way the JSON body names them (camelCase, dotted paths).</summary>
public static class CamelCasePropertyNameResolver
{
    public static string? ResolvePropertyName(Type type, MemberInfo? member, LambdaExpression? expression)
    {
        if (expression is not null)
        {
            var chain = FluentValidation.Internal.PropertyChain.FromExpression(expression);
            if (chain.Count > 0)
            {
                return string.Join('.', chain.ToString().Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
            }
        }
        return member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }
}

using Riok.Mapperly.Abstractions;

// Every Mapperly mapper of the application layer fails the build when a target (DTO) member has no source; source members the
// DTO does not show (an entity's internals) are fine. Mappers may tighten this, never loosen it.
[assembly: MapperDefaults(RequiredMappingStrategy = RequiredMappingStrategy.Target)]

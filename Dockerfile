# The guide site as a container: stateless, non-root, listens on 8080. No Docker engine runs on our
# build machines, so the publish step is scripts/publish.sh, the same command the tests and the
# benchmark run (tests/LinkedInOptOutGuide.IntegrationTests/PublishedAppTests.cs keeps them in step).

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /source
# Restore first, from the project files only, so this layer is cached until a package changes.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY src/LinkedInOptOutGuide/LinkedInOptOutGuide.csproj src/LinkedInOptOutGuide/
RUN dotnet restore src/LinkedInOptOutGuide/LinkedInOptOutGuide.csproj -a $TARGETARCH
COPY scripts/publish.sh scripts/
COPY src/ src/
COPY content/ content/
COPY wwwroot/ wwwroot/
RUN scripts/publish.sh /app --no-restore -a $TARGETARCH

# Chiseled "-extra": ICU for country names in their own languages. No shell, no package manager, non-root by default (user "app").
# Probe GET /healthz from the orchestrator (there is no curl inside for a HEALTHCHECK).
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER app
ENTRYPOINT ["./LinkedInOptOutGuide"]

# A production image: build with the wrapper, run the packaged jar (no embedded database, no demo data).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q package -DskipTests && cp target/smr-desk-*.jar /app.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 smr
USER smr
COPY --from=build /app.jar /app/smr-desk.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/smr-desk.jar"]

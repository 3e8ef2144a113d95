@echo off
rem swc: runs lib\swc.jar with a Java 17 or newer, from JAVA_HOME or else from PATH.
rem stdout carries only the command's results; JVM warnings go to stderr.
rem
rem How Java is found, and what each case must do (the review matrix; bench/release-archive.sh checks
rem the script's structure, as no Windows runs here):
rem   JAVA_HOME set, %JAVA_HOME%\bin\java.exe there, Java 17+   -> runs with it
rem   JAVA_HOME set, no java.exe under it                       -> error naming JAVA_HOME, exit 1
rem   JAVA_HOME unset, java.exe on PATH, Java 17+               -> runs with it
rem   JAVA_HOME unset, no java.exe on PATH                      -> error saying how to get one, exit 1
rem   Java 8 ("1.8.0_392") or 11 ("11.0.2")                     -> error naming the version, exit 1
rem   Java 17 ("17.0.15"), 21 ("21.0.2" 2024-01-16), 25 ("25" 2025-09-16) -> runs
rem   java -version unreadable (no "version" line)               -> error saying so, exit 1
rem   java.exe under "C:\Program Files\..." or "...(x86)\..."     -> runs (the for /f command is
rem                                                                 quoted whole: cmd /c strips one pair)
rem   arguments holding ! or ^ (--where "code != 140802")         -> passed unchanged (swc runs with
rem                                                                 delayed expansion off)
rem The exit code is swc's own (0 ok, 1 internal, 2 usage, 3 invalid data, 4 check failed).
setlocal EnableExtensions EnableDelayedExpansion

set "SWC_HOME=%~dp0.."
set "SWC_JAR=%SWC_HOME%\lib\swc.jar"

if defined JAVA_HOME (
  set "SWC_JAVA=!JAVA_HOME!\bin\java.exe"
  if not exist "!SWC_JAVA!" (
    echo swc: JAVA_HOME is !JAVA_HOME!, but !SWC_JAVA! is not there; set JAVA_HOME to a Java 17 or newer 1>&2
    exit /b 1
  )
) else (
  set "SWC_JAVA="
  for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined SWC_JAVA set "SWC_JAVA=%%j"
  if not defined SWC_JAVA (
    echo swc: no Java found: install a Java 17 or newer ^(e.g. Eclipse Temurin^) and put it on PATH or set JAVA_HOME 1>&2
    exit /b 1
  )
)

rem paths may hold parentheses ("Program Files (x86)"): inside blocks they are expanded late (!VAR!)
rem the feature version from the first line of java -version: "17.0.15" -> 17, "1.8.0_392" -> 8
set "SWC_JAVA_VERSION="
set "SWC_JAVA_MAJOR="
for /f "tokens=3" %%v in ('""!SWC_JAVA!" -version 2^>^&1 ^| findstr /i "version""') do (
  if not defined SWC_JAVA_VERSION set "SWC_JAVA_VERSION=%%~v"
)
if not defined SWC_JAVA_VERSION (
  echo swc: could not tell the version of !SWC_JAVA!; swc needs Java 17 or newer 1>&2
  exit /b 1
)
for /f "tokens=1,2 delims=.-+" %%a in ("!SWC_JAVA_VERSION!") do (
  set "SWC_JAVA_MAJOR=%%a"
  if "%%a"=="1" set "SWC_JAVA_MAJOR=%%b"
)
set /a SWC_JAVA_MAJOR_N=SWC_JAVA_MAJOR 2>nul
if !SWC_JAVA_MAJOR_N! LSS 17 (
  echo swc: !SWC_JAVA! is Java !SWC_JAVA_VERSION!; swc needs Java 17 or newer ^(set JAVA_HOME to one^) 1>&2
  exit /b 1
)

rem with delayed expansion on, a ! or ^ in the arguments (%*) would be eaten: run swc with it off
setlocal DisableDelayedExpansion
"%SWC_JAVA%" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true -Xlog:disable -Xlog:all=warning:stderr %SWC_JAVA_OPTS% -jar "%SWC_JAR%" %*
exit /b %ERRORLEVEL%

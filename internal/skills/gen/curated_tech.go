package main

// curatedTech lists technology skills with the aliases, categories and relations
// people actually use. Each line: Name | category | aliases | related.
// These are the project's own curation; they take precedence over every source.
const curatedTech = `
JavaScript | language | JS, ECMAScript, ES6, ES2015, Vanilla JS | TypeScript, Node.js, HTML, CSS, React
TypeScript | language | TS | JavaScript, Node.js, Angular, React
Go | language | Golang, Go language, Go programming, Go lang | Docker, Kubernetes, gRPC
Python | language | Python 3, Python3, Python 2 | Django, Flask, FastAPI, pandas, NumPy
Java | language | Java SE, Java EE, Jakarta EE, J2EE, Core Java | Spring, Spring Boot, Kotlin, Maven, Gradle, JVM
Kotlin | language | | Java, Android, JVM
C | language | C language, C programming, ANSI C | C++, Embedded systems
C++ | language | CPP, C plus plus, Cplusplus | C, STL
C# | language | C Sharp, CSharp | .NET, ASP.NET, Unity
F# | language | F Sharp, FSharp | .NET
.NET | framework | dotnet, dot net, .NET Core, .NET Framework, Net Core | C#, ASP.NET, F#, Visual Basic .NET
ASP.NET | framework | ASP.NET Core, ASP.NET MVC, ASPNET | .NET, C#
Visual Basic .NET | language | VB.NET, VBNET | .NET
Rust | language | Rust language, Rust programming, Rustlang | C++, WebAssembly
Ruby | language | Ruby language | Ruby on Rails
Ruby on Rails | framework | Rails, RoR | Ruby
PHP | language | | Laravel, Symfony, WordPress
Swift | language | Swift language, Swift programming | iOS, SwiftUI, Objective-C, Xcode
Objective-C | language | ObjC, Obj-C | iOS, Swift
Scala | language | | Java, Apache Spark, Akka, JVM
R | language | R language, R programming, RStats, R Studio | RStudio, Statistics, ggplot2
Julia | language | Julia language, Julialang | Python
Dart | language | Dart language | Flutter
Elixir | language | | Erlang, Phoenix
Erlang | language | | Elixir
Haskell | language | | Functional programming
Clojure | language | | Java, JVM
Perl | language | | Bash
Lua | language | |
MATLAB | language | Matlab, The MathWorks MATLAB | Simulink
SQL | language | Structured Query Language, T-SQL, TSQL, Transact-SQL, ANSI SQL | PostgreSQL, MySQL, Microsoft SQL Server, Oracle Database
PL/SQL | language | PLSQL | Oracle Database, SQL
Bash | language | Bash scripting, Shell scripting, Shell script, Shell scripts | Linux, Unix
PowerShell | language | Powershell scripting, pwsh | Windows
Solidity | language | | Ethereum, Blockchain
COBOL | language | | Mainframe
Fortran | language | |
Assembly | language | Assembly language, ASM | C
VBA | language | Visual Basic for Applications, Excel VBA | Microsoft Excel
Groovy | language | | Java, Jenkins
WebAssembly | language | WASM | Rust, JavaScript
HTML | markup | HTML5, Hypertext Markup Language | CSS, JavaScript
CSS | markup | CSS3, Cascading Style Sheets | HTML, Sass, Tailwind CSS
Sass | markup | SCSS | CSS
Less | markup | Less CSS, LessCSS | CSS
XML | data-format | Extensible Markup Language | XSLT
JSON | data-format | JavaScript Object Notation | REST APIs
YAML | data-format | YML | Kubernetes
Markdown | markup | |
GraphQL | language | | Apollo GraphQL, REST APIs
Node.js | framework | Node, NodeJS, Node JS | JavaScript, Express, npm, TypeScript
Express | framework | Express.js, ExpressJS | Node.js
NestJS | framework | Nest.js | Node.js, TypeScript
Deno | framework | | JavaScript, TypeScript
React | library | ReactJS, React.js, React JS | JavaScript, Redux, TypeScript, Next.js, JSX
React Native | framework | | React, iOS, Android
Redux | library | Redux Toolkit | React
Next.js | framework | NextJS, Next JS | React
Angular | framework | Angular 2+, Angular2, AngularJS, Angular.js | TypeScript
Vue.js | framework | Vue, VueJS, Vue JS, Vue 3 | JavaScript, Nuxt.js
Nuxt.js | framework | Nuxt, NuxtJS | Vue.js
Svelte | framework | SvelteKit | JavaScript
jQuery | library | | JavaScript
Tailwind CSS | framework | TailwindCSS, Tailwind | CSS
Bootstrap | framework | Twitter Bootstrap | CSS, HTML
Webpack | devtool | | JavaScript
Vite | devtool | | JavaScript
npm | devtool | | Node.js
Django | framework | Django REST Framework, DRF | Python
Flask | framework | | Python
FastAPI | framework | Fast API | Python
Spring | framework | Spring Framework, Spring MVC | Java, Spring Boot
Spring Boot | framework | SpringBoot | Java, Spring
Hibernate | framework | Hibernate ORM | Java
Laravel | framework | | PHP
Symfony | framework | | PHP
gRPC | framework | | Protocol Buffers, Go
Protocol Buffers | data-format | Protobuf | gRPC
REST APIs | concept | REST, RESTful, RESTful APIs, REST API, RESTful services, RESTful web services | HTTP, JSON
Microservices | concept | Microservice architecture, Micro-services, Microservices architecture | Docker, Kubernetes
Docker | devops | Docker containers, Dockerfile, Docker Compose | Kubernetes, Containers
Kubernetes | devops | k8s, kube, K8S, Kubernetes Engine | Docker, Helm, Containers
Helm | devops | Helm charts | Kubernetes
OpenShift | devops | Red Hat OpenShift | Kubernetes
Containers | concept | Containerization, Containerisation | Docker, Kubernetes
Terraform | devops | HashiCorp Terraform | Infrastructure as Code, AWS
Ansible | devops | Red Hat Ansible | Linux
Puppet | devops | Puppet Enterprise | Linux
Chef | devops | Chef Infra | Linux
Jenkins | devops | | CI/CD
GitHub Actions | devops | | CI/CD, GitHub
Azure DevOps | devops | Azure Pipelines, AzureDevOps | CI/CD, Microsoft Azure
GitLab CI | devops | GitLab CI/CD | CI/CD, GitLab
CircleCI | devops | Circle CI | CI/CD
CI/CD | devops | CICD, CI / CD, Continuous Integration, Continuous Delivery, Continuous Deployment, Continuous integration and continuous delivery | Jenkins, GitHub Actions, DevOps
DevOps | methodology | Dev Ops | CI/CD, Docker
Infrastructure as Code | devops | IaC | Terraform, Ansible
Site Reliability Engineering | methodology | SRE | DevOps
Git | devtool | | GitHub, GitLab
GitHub | devtool | Github | Git
GitLab | devtool | Gitlab | Git
Bitbucket | devtool | | Git
Linux | os | GNU/Linux | Unix, Bash
Unix | os | UNIX | Linux
Windows | os | Microsoft Windows, MS Windows | PowerShell
macOS | os | Mac OS X, OS X, MacOS, Apple macOS | iOS
iOS | os | iPhone OS | Swift, Objective-C
Android | os | Android SDK, Android development | Kotlin, Java
Amazon Web Services | cloud | AWS, Amazon AWS, Amazon Web Services AWS | Amazon EC2, Amazon S3, AWS Lambda, Cloud computing
Amazon EC2 | cloud | EC2, AWS EC2 | Amazon Web Services
Amazon S3 | cloud | S3, AWS S3 | Amazon Web Services
AWS Lambda | cloud | Lambda functions | Amazon Web Services, Serverless
Amazon DynamoDB | database | DynamoDB | Amazon Web Services
Amazon Redshift | database | Redshift | Amazon Web Services, Data warehousing
Google Cloud Platform | cloud | GCP, Google Cloud | BigQuery, Kubernetes, Cloud computing
BigQuery | database | Google BigQuery | Google Cloud Platform, SQL
Microsoft Azure | cloud | Azure, MS Azure, Windows Azure | .NET, Cloud computing
Cloud computing | concept | Cloud, Cloud services, Cloud platforms | Amazon Web Services, Microsoft Azure, Google Cloud Platform
Serverless | concept | Serverless computing | AWS Lambda
Heroku | cloud | |
PostgreSQL | database | Postgres, psql, Postgre, PostgresSQL, pgsql | SQL
MySQL | database | My SQL | SQL, MariaDB
MariaDB | database | | MySQL
SQLite | database | SQLite3 | SQL
Microsoft SQL Server | database | SQL Server, MSSQL, MS SQL, MS SQL Server | SQL, T-SQL
Oracle Database | database | Oracle DB, Oracle RDBMS | SQL, PL/SQL
MongoDB | database | Mongo, Mongo DB | NoSQL
Redis | database | | NoSQL
Cassandra | database | Apache Cassandra | NoSQL
Elasticsearch | database | Elastic Search, ElasticSearch | Kibana, Logstash
NoSQL | concept | No SQL | MongoDB, Cassandra, Redis
Apache Kafka | data | Kafka | Stream processing
RabbitMQ | data | Rabbit MQ | Message queues
Apache Spark | data | Spark, PySpark, Spark SQL | Scala, Python, Hadoop
Hadoop | data | Apache Hadoop, HDFS | Apache Spark, Apache Hive
Apache Hive | data | Hive | Hadoop
Apache Airflow | data | Airflow | Python
Snowflake | database | Snowflake Data Cloud | SQL, Data warehousing
Databricks | data | | Apache Spark
dbt | data | data build tool | SQL, Snowflake
Tableau | data | Tableau Desktop | Data visualization
Power BI | data | PowerBI, Microsoft Power BI | Data visualization, Microsoft Excel
Looker | data | | Data visualization
pandas | library | Pandas | Python, NumPy
NumPy | library | Numpy | Python
SciPy | library | Scipy | Python
scikit-learn | library | sklearn, scikit learn, Scikit-Learn | Python, Machine learning
TensorFlow | library | Tensorflow | Python, Machine learning, Deep learning
PyTorch | library | Pytorch, Torch | Python, Machine learning, Deep learning
Keras | library | | TensorFlow, Deep learning
Jupyter | devtool | Jupyter Notebook, Jupyter notebooks, JupyterLab | Python
Machine learning | ml | ML, Machine-learning | Deep learning, Python, Artificial intelligence
Deep learning | ml | Deep neural networks | Machine learning, PyTorch, TensorFlow
Artificial intelligence | ml | AI | Machine learning
Natural language processing | ml | NLP | Machine learning
Computer vision | ml | | Deep learning, OpenCV
Large language models | ml | LLM, LLMs | Natural language processing
Generative AI | ml | GenAI, Gen AI | Large language models
MLOps | ml | ML Ops | Machine learning, DevOps
Data science | data | | Machine learning, Statistics, Python
Data analysis | data | Data analytics, Data analyst skills | SQL, Microsoft Excel
Data visualization | data | Data visualisation, Dataviz | Tableau, Power BI
Data engineering | data | | ETL, Apache Spark
Data warehousing | data | Data warehouse, Data warehouses, DWH | ETL, SQL
ETL | data | Extract transform load, ELT | Data warehousing
Big data | data | | Hadoop, Apache Spark
Statistics | concept | Statistical analysis, Statistical modelling, Statistical modeling | R, Python
A/B testing | concept | A/B tests, Split testing | Statistics
Selenium | testing | Selenium WebDriver | Test automation
Cypress | testing | Cypress.io | JavaScript, Test automation
Playwright | testing | | Test automation
Jest | testing | | JavaScript
JUnit | testing | | Java
pytest | testing | PyTest | Python
Test automation | testing | Automated testing, Automation testing, Test automation frameworks | Selenium
Unit testing | testing | Unit tests | Test-driven development
Test-driven development | methodology | TDD, Test driven development | Unit testing
Behavior-driven development | methodology | BDD, Behaviour-driven development | Cucumber
Agile | methodology | Agile methodologies, Agile methodology, Agile development | Scrum, Kanban
Scrum | methodology | | Agile
Kanban | methodology | | Agile
Jira | devtool | JIRA, Atlassian JIRA, Atlassian Jira | Confluence, Agile
Confluence | devtool | Atlassian Confluence | Jira
Microsoft Excel | office | Excel, MS Excel, Excel spreadsheets | Microsoft Office, VBA
Microsoft Word | office | MS Word | Microsoft Office
Microsoft PowerPoint | office | PowerPoint, MS PowerPoint, Powerpoint | Microsoft Office
Microsoft Outlook | office | Outlook, MS Outlook | Microsoft Office
Microsoft Access | office | MS Access | Microsoft Office, SQL
Microsoft Office | office | MS Office, Microsoft Office Suite, Office 365, Microsoft 365, MS Office Suite, Microsoft Office software | Microsoft Excel, Microsoft Word
Microsoft Teams | office | MS Teams | Microsoft Office
Microsoft Project | office | MS Project | Project management
Microsoft Visio | office | Visio, MS Visio | Microsoft Office
Microsoft SharePoint | office | SharePoint, MS SharePoint, Sharepoint | Microsoft Office
Microsoft Dynamics | business-software | MS Dynamics, Dynamics 365, Microsoft Dynamics 365 | Microsoft Dynamics CRM
Microsoft Dynamics CRM | business-software | Dynamics CRM, MS Dynamics CRM, MS CRM, Microsoft CRM | Microsoft Dynamics, CRM
Microsoft Dynamics NAV | business-software | Navision, Dynamics NAV, Microsoft Navision | Microsoft Dynamics
Google Workspace | office | G Suite, GSuite, Google Docs, Google Sheets | Microsoft Office
Salesforce | business-software | Salesforce.com, SFDC, Salesforce CRM | CRM
SAP | business-software | SAP ERP, SAP software, SAP S/4HANA, S/4HANA | ERP
SAP BusinessObjects | data | SAP Business Objects, Business Objects, BusinessObjects | Business intelligence
CRM | concept | Customer relationship management, CRM systems, CRM software | Salesforce, Microsoft Dynamics CRM
ERP | concept | Enterprise resource planning, ERP systems | SAP
Figma | design | | UI design, Sketch
Sketch | design | Sketch app | Figma
Adobe Photoshop | design | Photoshop | Adobe Illustrator
Adobe Illustrator | design | Illustrator | Adobe Photoshop
Adobe InDesign | design | InDesign | Adobe Photoshop
Adobe Creative Cloud | design | Adobe Creative Suite, Creative Cloud | Adobe Photoshop
UI design | design | User interface design, UI | UX design, Figma
UX design | design | User experience design, UX, User experience | UI design
AutoCAD | design | Autodesk AutoCAD | CAD
CAD | concept | Computer-aided design, Computer aided design | AutoCAD
Cybersecurity | security | Cyber security, Information security, InfoSec, IT security | Network security
Network security | security | | Cybersecurity, Firewalls
Penetration testing | security | Pen testing, Pentesting | Cybersecurity
OAuth | security | OAuth2, OAuth 2.0 | Authentication
Networking | network | Computer networking, Computer networks | TCP/IP
TCP/IP | network | TCP, TCPIP | Networking
HTTP | network | HTTPS | REST APIs
Active Directory | network | Microsoft Active Directory | Windows Server
VLAN | network | VLANs, Virtual LAN, Virtual LANs | Networking
IP routing | network | Network routing | Networking, TCP/IP
PXE | network | Preboot execution environment | Networking
Backup and recovery | devops | Backup and restore, Data backup, Backups | Virtualization
Windows Server | os | MS Windows Server, Microsoft Windows Server | Active Directory
Microsoft Exchange Server | office | Exchange Server, MS Exchange, MS Exchange Server, Microsoft Exchange | Windows Server
VMware | devops | VMware vSphere, vSphere, ESXi | Virtualization
Virtualization | concept | Virtualisation | VMware
Nginx | devops | NGINX | Linux
Apache HTTP Server | devops | Apache httpd, Apache web server | Linux
Prometheus | devops | | Grafana, Kubernetes
Grafana | devops | | Prometheus
Splunk | devops | Splunk Enterprise |
Datadog | devops | Data Dog |
Kibana | devops | | Elasticsearch
Logstash | devops | | Elasticsearch
Embedded systems | concept | Embedded software, Embedded programming | C, C++
Blockchain | concept | Block chain | Solidity, Ethereum
Ethereum | concept | | Blockchain, Solidity
Object-oriented programming | concept | OOP, Object oriented programming, Object-oriented design, OOD | Java, C++
Functional programming | concept | | Haskell, Scala
Software development | concept | Software engineering, Software development lifecycle, SDLC, Software development life cycle | Agile
Web development | concept | Web dev | HTML, CSS, JavaScript
Front-end development | concept | Frontend development, Front end development, Front-end, Frontend | JavaScript, React, HTML, CSS
Back-end development | concept | Backend development, Back end development, Back-end, Backend | Node.js, Java, Python
Full-stack development | concept | Full stack development, Fullstack development, Full-stack | Front-end development, Back-end development
Mobile development | concept | Mobile app development | iOS, Android
Distributed systems | concept | | Microservices
System design | concept | Systems design | Distributed systems
Algorithms | concept | Algorithm, Data structures and algorithms | Data structures
Data structures | concept | | Algorithms
API design | concept | API development, APIs, API | REST APIs
Web services | concept | SOAP | REST APIs
Version control | concept | Source control, Version control systems | Git
Technical support | concept | IT support, Help desk, Helpdesk, Service desk | ITIL
ITIL | methodology | | Technical support
Web testing | testing | Web based testing, Web-based testing | Selenium
Software testing | testing | QA testing, Manual testing, Quality assurance testing | Test automation
Information technology | concept | IT | Technical support
SEO | concept | Search engine optimization, Search engine optimisation | Digital marketing
Google Analytics | data | GA4 | SEO, Digital marketing
WordPress | framework | Wordpress | PHP
Unity | framework | Unity3D, Unity 3D | C#
Unreal Engine | framework | UE4, UE5, Unreal | C++
OpenCV | library | | Computer vision
Flutter | framework | | Dart
Xcode | devtool | | iOS, Swift
Visual Studio | devtool | Microsoft Visual Studio, MS Visual Studio | C#, .NET
Visual Studio Code | devtool | VS Code, VSCode | 
IntelliJ IDEA | devtool | IntelliJ | Java, Kotlin
Eclipse | devtool | Eclipse IDE | Java
Maven | devtool | Apache Maven | Java
Gradle | devtool | | Java, Kotlin
Make | devtool | GNU Make, Makefile, Makefiles | C
CMake | devtool | | C++
QuickBooks | business-software | Intuit QuickBooks | Accounting
Xero | business-software | | Accounting
Sage | business-software | Sage 50, Sage Accounting | Accounting
Workday | business-software | Workday HCM |
HubSpot | business-software | Hubspot | CRM
Slack | office | | Microsoft Teams
Zoom | office | Zoom video conferencing |
Trello | devtool | | Kanban
Asana | devtool | |
`

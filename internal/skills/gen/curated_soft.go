package main

// curatedSoft lists the non-technical skills job ads and resumes name most:
// interpersonal skills, business functions, personal qualities and spoken languages.
// Same line format as curatedTech.
const curatedSoft = `
Communication | soft-skill | Communication skills, Communications skills, Verbal communication, Written communication, Written and verbal communication, Oral communication, Communicator | Presentation skills
Presentation skills | soft-skill | Presenting, Public speaking | Communication
Teamwork | soft-skill | Team working, Team work, Team player, Collaboration, Collaborative working, Working in a team | Communication
Leadership | soft-skill | Team leadership, People leadership, Leading teams | People management
People management | soft-skill | Line management, Staff management, Team management, Managing people, Managing teams | Leadership
Problem solving | soft-skill | Problem-solving, Problem solving skills, Problem resolution, Troubleshooting | Analytical skills
Analytical skills | soft-skill | Analytical thinking, Analytical, Analytic skills | Problem solving
Critical thinking | soft-skill | | Problem solving
Attention to detail | soft-skill | Detail-oriented, Detail oriented, Eye for detail, Attention to details | 
Time management | soft-skill | Prioritisation, Prioritization, Managing priorities, Work to deadlines, Working to deadlines | Organisation skills
Organisation skills | soft-skill | Organisational skills, Organizational skills, Organization skills, Organised, Organized | Time management
Interpersonal skills | soft-skill | People skills, Relationship building, Building relationships, Stakeholder relationships | Communication
Customer service | soft-skill | Customer services, Customer care, Client service, Client services, Customer support, Customer focus, Customer facing, Client facing, Client-facing, Customer-facing, Client focused, Client-focused, Customer focused, Customer-focused | Communication
Negotiation | soft-skill | Negotiating, Negotiation skills | Sales
Stakeholder management | soft-skill | Stakeholder engagement, Managing stakeholders | Communication
Decision making | soft-skill | Decision-making | Problem solving
Creativity | soft-skill | Creative thinking | Innovation
Innovation | soft-skill | Innovative thinking | Creativity
Mentoring | soft-skill | Coaching, Mentorship, Mentor | Leadership
Adaptability | soft-skill | Flexibility, Adaptable | 
Multitasking | soft-skill | Multi-tasking | Time management
Conflict resolution | soft-skill | Conflict management | Negotiation
Emotional intelligence | soft-skill | | Interpersonal skills
Numeracy | soft-skill | Numerate, Numerical skills | 
Literacy | soft-skill | | 
Project management | domain | Project managing, Programme management, Program management, PMP, PRINCE2 | Agile, Microsoft Project
Product management | domain | Product roadmap, Product ownership | Agile
Change management | domain | | Project management
Risk management | domain | Risk assessment, Risk analysis | Compliance
Quality management | domain | Quality management systems, Quality assurance, QA, Quality control, Total quality management, TQM | ISO 9001
ISO 9001 | domain | | Quality management
Continuous improvement | domain | Six Sigma, Lean Six Sigma, Kaizen, Process improvement | Quality management
Accounting | domain | Accountancy, Financial accounting, Management accounting | Bookkeeping, Financial reporting
Bookkeeping | domain | Book keeping | Accounting
Accounts payable | domain | | Accounting
Accounts receivable | domain | | Accounting, Credit control
Credit control | domain | | Accounts receivable
Payroll | domain | Payroll administration | Accounting
Auditing | domain | Audit, Internal audit, External audit | Accounting
Taxation | domain | Tax, Tax compliance | Accounting
Financial reporting | domain | Management reporting, Financial statements, Balance sheet, Balance sheets | Accounting, IFRS
IFRS | domain | International Financial Reporting Standards | Financial reporting
GAAP | domain | US GAAP, UK GAAP | Financial reporting
Financial analysis | domain | Financial modelling, Financial modeling, Balance sheet analysis | Accounting, Microsoft Excel
Budgeting | domain | Budget management, Budget control, Budgets | Forecasting
Forecasting | domain | Financial forecasting, Cash flow forecasting | Budgeting
Financial services | domain | Banking, Fund management, Asset management, Investment management, Wealth management | 
Sales | domain | Selling, B2B sales, B2C sales, Business-to-business sales, Field sales, Telesales, Inside sales | Business development, Negotiation
Business development | domain | New business development, New business, Lead generation | Sales
Account management | domain | Key account management, Account handling, Client management | Sales
Marketing | domain | Marketing strategy, Brand management, Branding | Digital marketing
Digital marketing | domain | Online marketing, Social media marketing, Email marketing, Content marketing, PPC, Pay per click | Marketing, SEO
Social media | domain | Social media management | Digital marketing
Public relations | domain | PR, Media relations | Marketing
Market research | domain | | Marketing
E-commerce | domain | Ecommerce, eCommerce, Online retail | Digital marketing
Recruitment | domain | Recruiting, Resourcing, Talent acquisition, Sourcing candidates, Headhunting | Human resources
Human resources | domain | HR, HR management, Human resource management, HRM, Personnel management | Recruitment
Training | domain | Training and development, Staff training, Learning and development, L&D | Mentoring
Procurement | domain | Purchasing, Sourcing, Strategic sourcing | Supply chain management
Supply chain management | domain | Supply chain, Supply chains, SCM | Logistics, Procurement
Logistics | domain | Distribution, Warehousing, Freight | Supply chain management
Inventory management | domain | Stock control, Stock management | Logistics
Operations management | domain | Business operations | Supply chain management
Production planning | domain | Production scheduling, Manufacturing planning | Operations management
Manufacturing | domain | | Production planning
Maintenance | domain | Preventive maintenance, Preventative maintenance, Planned preventative maintenance, Planned maintenance, Facilities maintenance | Maintenance engineering
Maintenance engineering | domain | | Maintenance
Health and safety | domain | Occupational health and safety, HSE, EHS | Risk management
Compliance | domain | Regulatory compliance, Regulatory requirements | Risk management
Business analysis | domain | Requirements gathering, Requirements analysis, Business requirements | Data analysis
Strategic planning | domain | Strategy, Business strategy, Business planning, Business plans | 
Data entry | domain | Typing, Copy typing, Audio typing | Microsoft Excel
Administration | domain | Office administration, Administrative support, Admin, Clerical | Data entry
Diary management | domain | Calendar management | Administration
Contract management | domain | Managing contracts | Procurement
Event management | domain | Event planning, Events management, Conference organisation | 
Fundraising | domain | | 
Invoicing | domain | Billing and invoicing, Billing | Accounts receivable
Key performance indicators | domain | KPI, KPIs, KPI reporting | Business analysis
Service level agreements | domain | SLA, SLAs, Service level agreement | Contract management
Cash flow management | domain | Cash management, Cash flow | Forecasting
Cost reduction | domain | Cost control, Cost management, Cost savings, Controlling costs | Budgeting
Data collection | domain | Data gathering | Data analysis
Consulting | domain | Consultancy, Management consulting | 
Product development | domain | New product development, NPD | Product management
Materials handling | domain | Material handling | Logistics
Physics | domain | | 
Valuation | domain | Business valuation, Asset valuation | Financial analysis
Copywriting | domain | Content writing, Technical writing | Marketing
Translation | domain | Interpreting | 
Civil engineering | domain | | Structural engineering
Structural engineering | domain | | Civil engineering
Mechanical engineering | domain | | 
Electrical engineering | domain | | Electronics
Electronics | domain | Electronic engineering, Electronic design, Electronics engineering | Electrical engineering
Chemical engineering | domain | | 
Nursing | domain | | Patient care
Patient care | domain | Care planning, Care plans | Nursing
Teaching | domain | Tutoring, Lesson planning, Classroom management | 
EYFS | domain | Early Years Foundation Stage | Teaching
Pharmaceuticals | domain | Pharmaceutical, Pharma | Clinical trials
Clinical trials | domain | Clinical research, Good clinical practice, GCP compliance | Pharmaceuticals
Insurance | domain | Underwriting, Commercial insurance, Claims handling | Risk management
Real estate | domain | Property management | 
Legal advice | domain | Contract law, Litigation | Compliance
Proactive | trait | Proactivity, Self-starter, Self starter, Pro-active, Proactively | 
Self-motivated | trait | Self motivated, Motivated, Highly motivated, Self-driven | 
Self-disciplined | trait | Self discipline, Self-discipline | 
Enthusiastic | trait | Enthusiasm | 
Reliable | trait | Dependable | 
Confident | trait | | 
Resilient | trait | Resilience | 
Passionate | trait | | 
Hard-working | trait | Hardworking, Hard working | 
Personable | trait | Approachable | 
Professionalism | trait | | 
Positive attitude | trait | Positive mindset | 
Ambitious | trait | Ambition | 
Determination | trait | Determined | 
Punctual | trait | Punctuality | 
Honest | trait | Honesty, Integrity | 
Commercially aware | trait | Commercial awareness, Business acumen, Commercially focused | 
Articulate | trait | Well-spoken | 
English | spoken-language | English language, Fluent English | 
French | spoken-language | | 
German | spoken-language | | 
Spanish | spoken-language | | 
Italian | spoken-language | | 
Portuguese | spoken-language | | 
Dutch | spoken-language | | 
Polish | spoken-language | | 
Russian | spoken-language | | 
Arabic | spoken-language | | 
Mandarin | spoken-language | Mandarin Chinese, Chinese | 
Cantonese | spoken-language | | 
Japanese | spoken-language | | 
Korean | spoken-language | | 
Hindi | spoken-language | | 
Turkish | spoken-language | | 
Swedish | spoken-language | | 
Danish | spoken-language | | 
Norwegian | spoken-language | | 
Finnish | spoken-language | | 
Greek | spoken-language | | 
Hebrew | spoken-language | | 
Welsh | spoken-language | | 
Bilingual | spoken-language | Bilingualism | 
Driving | domain | Driving licence, Driving license, Full UK driving licence | 
`
